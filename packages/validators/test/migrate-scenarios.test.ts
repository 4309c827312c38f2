/**
 * Round trip of every scenario and example through `migrate()`: each is
 * written back in its 1.0.0 form (`versionSchema: "1.0.0"`, the 1.0.0
 * `$schema`, `demande.origine` instead of `demande.demandeur`, as it was
 * published in 1.0.0; a Comex priority comes back as the team’s proposal under
 * its `prioriteComex`, the same meaning), which validates without error; the migrated one
 * validates with the same issues (minus the deprecation notice of the forms
 * migrated), holds every member of the original, and migrating it again
 * changes nothing.
 */
import { exampleDocuments, scenarios } from '@serafin-ph/fixtures';
import { migrate, SCHEMA_VERSION, schemaId } from '@serafin-ph/pag-schema';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/index.js';

type Json = Record<string, unknown>;

const documents: [string, Json][] = [
  ...scenarios.map((s) => [s.id, s.document() as unknown as Json] as [string, Json]),
  ...Object.entries(exampleDocuments()).map(([k, d]) => [`exemple ${k}`, d as unknown as Json] as [string, Json]),
];

/** The 1.0.0 form of a current document (the scenarios carry no 1.1.0-only member). */
function as100(doc: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(doc)) {
    if (k === 'versionSchema') out[k] = '1.0.0';
    else if (k === '$schema' && v === schemaId(doc['typeDocument'] as 'pag')) out[k] = schemaId(doc['typeDocument'] as 'pag', '1.0.0');
    else if (k === 'demande') {
      const d: Json = {};
      for (const [dk, dv] of Object.entries(v as Json)) d[dk === 'demandeur' ? 'origine' : dk] = dv;
      out[k] = d;
    } else out[k] = v;
  }
  return out;
}

const summary = (issues: readonly { ruleId: string; path: string; severity: string }[]) =>
  issues
    .filter((i) => i.ruleId !== 'PAG-DEMANDE-005')
    .map((i) => `${i.severity} ${i.ruleId} ${i.path}`)
    .sort();

/** The members a migration may change, removed for comparison. */
function rest(doc: Json): Json {
  const { versionSchema: _v, $schema: _s, demande, ...others } = doc;
  if (demande === undefined) return others;
  const { origine: _o, demandeur: _d, ...d } = demande as Json;
  return { ...others, demande: d };
}

describe('migrate() round trip on every scenario', () => {
  it.each(documents)('%s', (_id, current) => {
    expect(current['versionSchema']).toBe(SCHEMA_VERSION);
    const old = as100(current);
    const referenceDate = '2025-12-01';
    const before = validate(old, { referenceDate });
    expect(before.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const r = migrate(old);
    if (!r.ok) throw new Error(r.fr);
    expect(r.document['versionSchema']).toBe(SCHEMA_VERSION);
    const after = validate(r.document, { referenceDate });
    expect(summary(after.issues)).toEqual(summary(before.issues));
    expect(after.issues.some((i) => i.ruleId === 'PAG-DEMANDE-005')).toBe(false);
    // Nothing lost: every other member is the same, and the requester is the one `origine` meant.
    expect(rest(r.document)).toEqual(rest(old));
    expect(r.document).toEqual(current);
    expect(JSON.stringify(r.document)).toBe(JSON.stringify(current));
    const origine = (old['demande'] as Json | undefined)?.['origine'];
    if (origine !== undefined) {
      expect((r.document['demande'] as Json)['demandeur']).toBe(origine === 'priorite-comex' ? 'equipe-pluridisciplinaire' : origine);
    }
    const again = migrate(r.document);
    expect(again.ok && again.changes).toEqual([]);
  });
});
