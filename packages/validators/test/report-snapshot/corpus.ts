/**
 * The corpus of the report snapshot: every scenario, every invalid case and
 * 2,000 documents drawn from the fixtures' arbitraries with fixed seeds, each
 * with the options it is validated with. The script
 * `scripts/report-snapshot.ts` writes the digest of every report to
 * `report-snapshot.json`; `report-snapshot.test.ts` recomputes them and
 * compares, so that a refactoring that changes a single report (an issue, a
 * path, a message in either language, the order of issues) fails.
 *
 * Each generated document is drawn from its own seed, derived from its name
 * (`pag-mutated/0042`): adding a family or a rule violation adds entries and
 * changes no other.
 */
import { buildInvalidCase, invalidCases, REFERENCE_DATE, scenarios } from '@serafin-ph/fixtures';
import {
  conventionTerritorialeArbitrary,
  mutatedDocumentArbitrary,
  pagArbitrary,
  RULE_VIOLATION_IDS,
  ruleViolationArbitrary,
  tableauDerogationsArbitrary,
  validConventionTerritorialeArbitrary,
  validPagArbitrary,
  validTableauDerogationsArbitrary,
} from '@serafin-ph/fixtures/arbitraries';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { validate } from '../../src/index.js';
import type { ValidateOptions, ValidationReport } from '../../src/index.js';

/** One document of the corpus and the options it is validated with. */
export interface CorpusEntry {
  /** Stable name (`scenario/ase-itep-sessad`, `invalid-case/<id>`, `pag-mutated/0042`). */
  readonly name: string;
  /** The document (not always JSON: some invalid cases and violations hold `NaN`, cycles…). */
  readonly document: () => unknown;
  /** Options given to `validate()` (without `lang`: both languages are checked). */
  readonly options: Readonly<Record<string, unknown>>;
}

/** A family of generated documents: how many, and how to draw one from a seed. */
interface Family {
  readonly name: string;
  readonly count: number;
  readonly draw: (seed: number) => { document: unknown; options: Readonly<Record<string, unknown>> };
}

const referenceOptions = { referenceDate: REFERENCE_DATE } as const;

function sampleOne<T>(arb: fc.Arbitrary<T>, seed: number): T {
  const [value] = fc.sample(arb, { seed, numRuns: 1 });
  if (value === undefined) throw new Error('fast-check drew no value');
  return value;
}

function plain<T>(arb: fc.Arbitrary<T>): Family['draw'] {
  return (seed) => ({ document: sampleOne(arb, seed), options: referenceOptions });
}

function mutated(arb: fc.Arbitrary<unknown>): Family['draw'] {
  const m = mutatedDocumentArbitrary(arb);
  return (seed) => ({ document: sampleOne(m, seed).document, options: referenceOptions });
}

/** The seed of a generated document, from its name (FNV-1a, 32 bits). */
export function seedOf(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h | 0;
}

/** Documents drawn per rule violation arbitrary. */
const PER_RULE_VIOLATION = 4;

/** The generated families: 1,600 documents, plus {@link PER_RULE_VIOLATION} for each rule that has a violation arbitrary (`RULE_VIOLATION_IDS`; the total follows the rule count). */
export function families(): readonly Family[] {
  return [
    { name: 'pag', count: 300, draw: plain(pagArbitrary()) },
    { name: 'convention-territoriale', count: 150, draw: plain(conventionTerritorialeArbitrary()) },
    { name: 'tableau-derogations', count: 150, draw: plain(tableauDerogationsArbitrary()) },
    { name: 'pag-valid', count: 250, draw: plain(validPagArbitrary()) },
    { name: 'convention-territoriale-valid', count: 100, draw: plain(validConventionTerritorialeArbitrary()) },
    { name: 'tableau-derogations-valid', count: 100, draw: plain(validTableauDerogationsArbitrary()) },
    { name: 'pag-mutated', count: 350, draw: mutated(pagArbitrary()) },
    { name: 'convention-territoriale-mutated', count: 100, draw: mutated(conventionTerritorialeArbitrary()) },
    { name: 'tableau-derogations-mutated', count: 100, draw: mutated(tableauDerogationsArbitrary()) },
    ...RULE_VIOLATION_IDS.map((ruleId): Family => {
      const arb = ruleViolationArbitrary(ruleId);
      return {
        name: `rule-violation/${ruleId}`,
        count: PER_RULE_VIOLATION,
        draw: (seed) => {
          const v = sampleOne(arb, seed);
          return { document: v.document, options: v.options };
        },
      };
    }),
  ];
}

/** The corpus, in a stable order: scenarios, invalid cases, then each generated family (its documents are drawn when first read). */
export function corpus(): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  for (const s of scenarios) entries.push({ name: `scenario/${s.id}`, document: () => s.document(), options: referenceOptions });
  for (const c of invalidCases) {
    const built = buildInvalidCase(c);
    entries.push({ name: `invalid-case/${c.id}`, document: () => buildInvalidCase(c).document, options: built.options });
  }
  for (const f of families()) {
    for (let i = 0; i < f.count; i++) {
      const name = `${f.name}/${String(i).padStart(4, '0')}`;
      let drawn: ReturnType<Family['draw']> | undefined;
      const get = (): ReturnType<Family['draw']> => (drawn ??= f.draw(seedOf(name)));
      entries.push({
        name,
        document: () => get().document,
        get options() {
          return get().options;
        },
      });
    }
  }
  return entries;
}

/** JSON with sorted keys; values JSON cannot hold (`NaN`, `undefined`, functions, cycles) are written as tagged strings, never lost. */
function canonical(value: unknown, seen: Set<object> = new Set()): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : `"<number ${String(value)}>"`;
  if (typeof value !== 'object') return `"<${typeof value}>"`;
  if (seen.has(value)) return '"<cycle>"';
  seen.add(value);
  try {
    if (Array.isArray(value)) return `[${value.map((v) => canonical(v, seen)).join(',')}]`;
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k], seen)}`).join(',')}}`;
  } catch {
    return '"<unreadable>"';
  } finally {
    seen.delete(value);
  }
}

/**
 * The snapshot line of one entry: a digest of its French and English reports
 * (every field, the returned document included), then, to make a changed
 * snapshot readable in a diff, the number of issues and their rule ids.
 */
export function snapshotLine(entry: CorpusEntry): string {
  const reports: ValidationReport[] = (['fr', 'en'] as const).map((lang) => validate(entry.document(), { ...entry.options, lang } as ValidateOptions));
  const digest = createHash('sha256')
    .update(reports.map((r) => canonical(r)).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const fr = reports[0]!;
  const ruleIds = [...new Set(fr.issues.map((i) => i.ruleId))].sort();
  const optionIds = [...new Set((fr.optionIssues ?? []).map((i) => i.ruleId))].sort();
  return [digest, `${fr.issues.length} issue(s)`, ruleIds.join(',') || '-', ...(optionIds.length > 0 ? [`options:${optionIds.join(',')}`] : [])].join(' ');
}

/** Path of the committed snapshot, relative to the package root. */
export const SNAPSHOT_FILE = 'test/report-snapshot/report-snapshot.json';

/** The command that regenerates the snapshot (from the repository root). */
export const REGENERATE_COMMAND = 'pnpm snapshot:reports';
