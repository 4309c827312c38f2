import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { bumpOf, changesetDraft } from './changeset-draft.js';
import { importTerminology, SOURCES_DIR, SOURCES_MANIFEST, type SourceEntry } from './import-terminology.js';
import { formatListDiff, isEmptyDiff, visibleBytes } from './review-diff.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sharedProfiles = join(packageRoot, '..', '..', '..', 'shared', 'reference', 'tddui', 'profiles');
const manifest = JSON.parse(readFileSync(join(packageRoot, SOURCES_MANIFEST), 'utf8')) as SourceEntry[];
const vendored = (name: string): string => {
  const e = manifest.find((m) => m.file.endsWith(name));
  if (e === undefined) throw new Error(`not vendored: ${name}`);
  return join(packageRoot, e.file);
};

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

/** A copy of the package's data, optionally without what the importer wrote. */
function sandbox(withImported: boolean): string {
  const root = mkdtempSync(join(tmpdir(), 'serafin-import-'));
  temps.push(root);
  cpSync(join(packageRoot, 'data', 'referentiels'), join(root, 'data', 'referentiels'), { recursive: true });
  if (withImported) {
    cpSync(join(packageRoot, 'data', 'value-sets'), join(root, 'data', 'value-sets'), { recursive: true });
    cpSync(join(packageRoot, 'data', 'sources'), join(root, 'data', 'sources'), { recursive: true });
  }
  return root;
}

function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const dir of ['data/value-sets', SOURCES_DIR]) {
    for (const f of readdirSync(join(root, dir)).filter((n) => n.endsWith('.json'))) out.set(`${dir}/${f}`, readFileSync(join(root, dir, f)).toString('base64'));
  }
  return out;
}

describe('pnpm import:terminology', () => {
  it('re-importing every vendored source is a byte-for-byte no-op', () => {
    const root = sandbox(true);
    const before = snapshot(root);
    const result = importTerminology({ packageRoot: root, files: manifest.map((m) => join(packageRoot, m.file)) });
    expect(result.changedFiles).toEqual([]);
    expect(result.diffs.every(isEmptyDiff)).toBe(true);
    expect(snapshot(root)).toEqual(before);
    expect(changesetDraft(result.diffs)).toBeUndefined();
  });

  it('the committed data files are what the importer writes', () => {
    const root = sandbox(false);
    // The origin is recorded per file: one import per origin, in the order the committed imports were made.
    const origins = [...new Set(manifest.map((m) => m.origin))];
    expect(origins).toHaveLength(2); // the reference snapshot, and the transcribed JDV_J399 page (PROVENANCE.md)
    for (const origin of origins) importTerminology({ packageRoot: root, files: manifest.filter((m) => m.origin === origin).map((m) => join(packageRoot, m.file)), origin });
    expect(snapshot(root)).toEqual(snapshot(packageRoot));
  });

  it('importing a file twice changes nothing the second time', () => {
    const root = sandbox(false);
    const file = vendored('ValueSet-jdv-j403-motif-fin-pag-ms_v20260505120000.json');
    const first = importTerminology({ packageRoot: root, files: [file], origin: 'test' });
    expect(first.changedFiles.length).toBeGreaterThan(0);
    const second = importTerminology({ packageRoot: root, files: [file] });
    expect(second.changedFiles).toEqual([]);
    expect(second.diffs.every(isEmptyDiff)).toBe(true);
  });

  it('importing the 2026 value sets yields the expected review diff and a minor changeset', () => {
    const root = sandbox(false);
    const names = [
      'ValueSet-jdv-j398-type-decision-ms_v20260505120000.json',
      'ValueSet-jdv-j400-nature-droit-prestation-ms_v20260505120000.json',
      'ValueSet-jdv-j403-motif-fin-pag-ms_v20260505120000.json',
      'ValueSet-jdv-j404-qualification-orientation-ms_v20260505120000.json',
      'ValueSet-jdv-j394-type-demande-compensation-ms_v20260505120000.json',
      'ValueSet-JDV-J30-TemporaliteAccueil-ROR_v20200424120000.json',
      'ValueSet-JDV-J264-ModeEtCentreDePriseEnCharge-MDPH_v20260601120000.json',
      'ValueSet-JDV-J264-ModeEtCentreDePriseEnCharge-MDPH_v20260730120000.json',
    ];
    const { diffs } = importTerminology({ packageRoot: root, files: names.map(vendored), origin: 'test' });
    const byUrl = (fragment: string, version?: string) => diffs.find((d) => d.url.includes(fragment) && (version === undefined || d.version === version));
    const r327 = 'https://mos.esante.gouv.fr/NOS/TRE_R327-TypeDecision/FHIR/TRE-R327-TypeDecision';
    expect(byUrl('jdv-j398')?.baseline.kind).toBe('none');
    expect(byUrl('jdv-j398')?.added).toEqual([`${r327}|1`, `${r327}|5`]);
    expect(byUrl('jdv-j400')?.added).toEqual([`${r327}|1`, `${r327}|6`, `${r327}|7`]);
    // Filters `status = active` expanded from the held TRE_R421, TRE_R422 and TRE_R417.
    expect(byUrl('jdv-j403')?.added).toHaveLength(9);
    expect(byUrl('jdv-j404')?.added).toHaveLength(2);
    expect(byUrl('jdv-j394')?.added).toHaveLength(19);
    expect(byUrl('JDV_J30')?.added.map((k) => k.split('|')[1])).toEqual(['01', '02']);
    // JDV_J264: the June version is older than the July one the project holds; changes read June → July.
    const june = byUrl('JDV_J264', '20260601120000');
    expect(june?.baseline.kind).toBe('other-version');
    expect(june?.olderThanHeld).toBe(true);
    expect([june?.from, june?.to]).toEqual(['20260601120000', '20260730120000']);
    expect(june?.removed).toEqual(['https://mos.esante.gouv.fr/NOS/TRE_R213-ModePriseEnCharge/FHIR/TRE-R213-ModePriseEnCharge|49']);
    expect(june?.added).toEqual(['https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r397-categorie-entite-geographique-exercice|238']);
    // The July version equals the transcribed one: no member or display change.
    const july = byUrl('JDV_J264', '20260730120000');
    expect(july?.baseline).toEqual({ kind: 'same-file', dataFile: 'data/referentiels/jdv-j264-mode-et-centre-de-prise-en-charge-mdph.json', version: '20260730120000' });
    expect([july?.added, july?.removed, july?.textChanged]).toEqual([[], [], []]);
    expect(bumpOf(diffs)).toBe('minor');
    const draft = changesetDraft(diffs) ?? '';
    expect(draft.startsWith('---\n"@serafin-ph/nomenclature": minor\n---\n')).toBe(true);
    expect(draft.indexOf('Mise à jour')).toBeLessThan(draft.indexOf('Terminology update'));
    expect(draft).toContain('nouvelle liste `https://smt.esante.gouv.fr/fhir/ValueSet/jdv-j398-type-decision-ms` version 20260505120000 (2 codes)');
    expect(formatListDiff(june!)).toContain('- member https://mos.esante.gouv.fr/NOS/TRE_R213-ModePriseEnCharge/FHIR/TRE-R213-ModePriseEnCharge|49');
  });

  it('reports a display changed by one apostrophe, byte-level, and a removal as major', () => {
    const root = sandbox(true);
    const source = JSON.parse(readFileSync(vendored('ValueSet-JDV-J264-ModeEtCentreDePriseEnCharge-MDPH_v20260601120000.json'), 'utf8')) as {
      version: string;
      compose: { include: { concept: { code: string; display: string }[] }[] };
    };
    source.version = '20261201120000';
    const concepts = source.compose.include[0]!.concept;
    concepts[0]!.display = 'H\u2019ébergement (accueil jour et nuit)';
    concepts.splice(3, 1);
    const file = join(root, 'next.json');
    writeFileSync(file, JSON.stringify(source, null, 2));
    const { diffs } = importTerminology({ packageRoot: root, files: [file], origin: 'test' });
    const d = diffs[0]!;
    expect(d.baseline).toMatchObject({ kind: 'other-version', version: '20260730120000' });
    expect(d.olderThanHeld).toBe(false);
    expect(d.removed).toEqual(['https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r397-categorie-entite-geographique-exercice|238']);
    expect(d.textChanged).toEqual([
      {
        key: 'https://mos.esante.gouv.fr/NOS/TRE_R213-ModePriseEnCharge/FHIR/TRE-R213-ModePriseEnCharge|46',
        field: 'display',
        before: 'Hébergement (accueil jour et nuit)',
        after: 'H\u2019ébergement (accueil jour et nuit)',
      },
    ]);
    expect(formatListDiff(d)).toContain('after  "H<U+2019><U+00E9>bergement (accueil jour et nuit)"');
    expect(bumpOf(diffs)).toBe('major');
  });

  it('refuses what it cannot expand without guessing', () => {
    const root = sandbox(true);
    // The J399 compose (over TRE_R419, not held) needs a sandbox without the vendored J399 expansion of the same version.
    rmSync(join(root, SOURCES_DIR, 'ValueSet-jdv-j399-motivation-ms_v20260601120000.json'));
    rmSync(join(root, 'data', 'value-sets', 'jdv-j399-motivation-ms.v20260601120000.json'));
    writeFileSync(
      join(root, SOURCES_MANIFEST),
      `${JSON.stringify(
        manifest.filter((m) => !m.file.includes('jdv-j399')),
        null,
        2,
      )}\n`,
    );
    const j399 = join(packageRoot, 'scripts', 'import', 'test-data', 'ValueSet-jdv-j399-motivation-ms.json');
    expect(() => importTerminology({ packageRoot: root, files: [j399], origin: 'test' })).toThrow(/tre-r419-motivation: the project does not hold this code system/);
    const odd = join(root, 'odd.json');
    const base = { resourceType: 'ValueSet', id: 'x', url: 'https://example.org/x', version: '1', status: 'draft' };
    writeFileSync(
      odd,
      JSON.stringify({
        ...base,
        compose: { include: [{ system: 'https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r420-droit-prestation', filter: [{ property: 'concept', op: 'is-a', value: '7' }] }] },
      }),
    );
    expect(() => importTerminology({ packageRoot: root, files: [odd], origin: 'test' })).toThrow(/filter op "is-a" on concept is not supported/);
    writeFileSync(
      odd,
      JSON.stringify({
        ...base,
        compose: {
          include: [
            {
              system: 'https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement',
              filter: [{ property: 'status', op: '=', value: 'active' }],
            },
          ],
        },
      }),
    );
    expect(() => importTerminology({ packageRoot: root, files: [odd], origin: 'test' })).toThrow(/holds only an extract/);
    writeFileSync(
      odd,
      JSON.stringify({ ...base, compose: { include: [{ system: 'https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r421-motif-fin-pag', concept: [{ code: '99' }] }] } }),
    );
    expect(() => importTerminology({ packageRoot: root, files: [odd], origin: 'test' })).toThrow(
      /code 99 is not in https:\/\/smt.esante.gouv.fr\/fhir\/CodeSystem\/tre-r421-motif-fin-pag/,
    );
    writeFileSync(odd, `\uFEFF${JSON.stringify(base)}`);
    expect(() => importTerminology({ packageRoot: root, files: [odd], origin: 'test' })).toThrow(/byte-order mark/);
    expect(() => importTerminology({ packageRoot: root, files: [vendored('ValueSet-jdv-j398-type-decision-ms_v20260505120000.json')].map((f) => `${f}.missing`) })).toThrow(
      /no such file/,
    );
  });

  it('needs an origin for a file not yet vendored', () => {
    const root = sandbox(false);
    expect(() => importTerminology({ packageRoot: root, files: [vendored('ValueSet-jdv-j398-type-decision-ms_v20260505120000.json')] })).toThrow(/--origin/);
  });

  it('visibleBytes tells U+2019 from U+0027', () => {
    expect(visibleBytes('l\u2019usager')).toBe('l<U+2019>usager');
    expect(visibleBytes("l'usager")).toBe("l'usager");
  });

  it.runIf(existsSync(sharedProfiles))('vendored sources are byte-identical to the shared snapshot', () => {
    // JDV_J399 is a transcription of an IG page, not a copy of the snapshot (PROVENANCE.md).
    const copied = manifest.filter((m) => m.origin.includes('shared/reference/tddui/profiles/'));
    expect(manifest.filter((m) => !copied.includes(m)).map((m) => m.file)).toEqual(['data/sources/ans/ValueSet-jdv-j399-motivation-ms_v20260601120000.json']);
    for (const e of copied) {
      const name = e.file.slice(`${SOURCES_DIR}/`.length);
      const shared = [join(sharedProfiles, name), join(sharedProfiles, name.replace(/_v\d+\.json$/, '.json'))].find(existsSync);
      expect(shared, name).toBeDefined();
      expect(readFileSync(shared!).equals(readFileSync(join(packageRoot, e.file))), name).toBe(true);
    }
  });
});
