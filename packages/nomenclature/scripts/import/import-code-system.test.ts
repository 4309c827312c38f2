import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { bumpOf } from './changeset-draft.js';
import { importTerminology } from './import-terminology.js';
import { formatListDiff, isEmptyDiff } from './review-diff.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
type Json = Record<string, unknown>;
const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

function sandbox(): string {
  const root = mkdtempSync(join(tmpdir(), 'serafin-import-cs-'));
  temps.push(root);
  cpSync(join(packageRoot, 'data', 'referentiels'), join(root, 'data', 'referentiels'), { recursive: true });
  return root;
}

/** TRE_R420 as the ANS would publish it in FHIR R4, rebuilt from the transcription (a test input, not a vendored source). */
function r420Resource(): Json & { concept: Json[] } {
  const d = JSON.parse(readFileSync(join(packageRoot, 'data/referentiels/tre-r420-droit-prestation.json'), 'utf8')) as Json & { concepts: Json[] };
  return {
    resourceType: 'CodeSystem',
    id: 'tre-r420-droit-prestation',
    url: d['url'],
    identifier: [{ system: 'urn:ietf:rfc:3986', value: `urn:oid:${String(d['oid'])}` }],
    version: d['version'],
    name: 'TreR420DroitPrestation',
    title: d['title'],
    status: d['status'],
    date: d['date'],
    description: d['description'],
    content: 'complete',
    count: d['concepts'].length,
    concept: d['concepts'].map((c) => ({
      code: c['code'],
      display: c['display'],
      ...(c['definition'] !== undefined ? { definition: c['definition'] } : {}),
      property: [
        ...(c['parent'] !== undefined ? [{ code: 'parent', valueCode: c['parent'] }] : []),
        { code: 'niveau', valueInteger: c['level'] },
        { code: 'dateValid', valueDateTime: c['dateValid'] },
        { code: 'dateMaj', valueDateTime: c['dateMaj'] },
        { code: 'status', valueCode: c['status'] },
      ],
    })),
  };
}

describe('pnpm import:terminology on a CodeSystem', () => {
  it('a CodeSystem equal to the held transcription yields no concept change, and importing it twice nothing at all', () => {
    const root = sandbox();
    const file = join(root, 'r420.json');
    writeFileSync(file, JSON.stringify(r420Resource(), null, 2));
    const first = importTerminology({ packageRoot: root, files: [file], origin: 'test' });
    const d = first.diffs[0]!;
    expect(d.baseline).toMatchObject({ kind: 'same-file', dataFile: 'data/referentiels/tre-r420-droit-prestation.json' });
    expect([d.added, d.removed, d.deprecated, d.reparented, d.textChanged]).toEqual([[], [], [], [], []]);
    expect(first.changedFiles).toContain('data/code-systems/tre-r420-droit-prestation.v20260505120000.json');
    const second = importTerminology({ packageRoot: root, files: [file] });
    expect(second.changedFiles).toEqual([]);
    expect(second.diffs.every(isEmptyDiff)).toBe(true);
  });

  it('a new version reports added, removed, deprecated, re-parented concepts and a display changed byte-level', () => {
    const root = sandbox();
    const next = r420Resource();
    next['version'] = '20261201120000';
    const concepts = next.concept as (Json & { property: Json[] })[];
    const byCode = (code: string) => concepts.find((c) => c['code'] === code)!;
    const prop = (code: string, key: string) => byCode(code).property.find((p) => p['code'] === key)!;
    prop('1.1', 'status')['valueCode'] = 'deprecated';
    prop('1.2', 'parent')['valueCode'] = '2';
    byCode('1')['display'] = 'AAH et CPR\u00a0';
    concepts.splice(concepts.indexOf(byCode('9')), 1);
    concepts.push({
      code: '15',
      display: 'Nouvelle catégorie',
      property: [
        { code: 'niveau', valueInteger: 1 },
        { code: 'status', valueCode: 'active' },
      ],
    });
    const file = join(root, 'r420-next.json');
    writeFileSync(file, JSON.stringify(next, null, 2));
    const { diffs } = importTerminology({ packageRoot: root, files: [file], origin: 'test' });
    const d = diffs[0]!;
    expect(d.baseline).toMatchObject({ kind: 'other-version', version: '20260505120000' });
    expect(d.added).toEqual(['15']);
    expect(d.removed).toEqual(['9']);
    expect(d.deprecated).toEqual(['1.1']);
    expect(d.reparented).toEqual([{ key: '1.2', before: '1', after: '2' }]);
    expect(d.textChanged).toEqual([{ key: '1', field: 'display', before: 'AAH et CPR', after: 'AAH et CPR\u00a0' }]);
    expect(formatListDiff(d)).toContain('after  "AAH et CPR<U+00A0>"');
    expect(bumpOf(diffs)).toBe('major');
  });

  it('refuses an unmapped property, a partial CodeSystem and a wrong count', () => {
    const root = sandbox();
    const file = join(root, 'bad.json');
    const odd = r420Resource();
    (odd.concept[0] as { property: Json[] }).property.push({ code: 'couleur', valueString: 'bleu' });
    writeFileSync(file, JSON.stringify(odd));
    expect(() => importTerminology({ packageRoot: root, files: [file], origin: 'test' })).toThrow(/property "couleur".*is not mapped/);
    writeFileSync(file, JSON.stringify({ ...r420Resource(), content: 'fragment' }));
    expect(() => importTerminology({ packageRoot: root, files: [file], origin: 'test' })).toThrow(/only a complete CodeSystem/);
    writeFileSync(file, JSON.stringify({ ...r420Resource(), count: 3 }));
    expect(() => importTerminology({ packageRoot: root, files: [file], origin: 'test' })).toThrow(/count is 3 but the resource holds 76/);
  });
});
