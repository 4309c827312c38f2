/**
 * The consumer programs of the tarball smoke test (`pnpm smoke`), by path in
 * the temporary project. Each one makes a real call of every package and
 * entry point and checks the answer; they differ in how they load the
 * packages: `import` (ESM), `require` (CommonJS), TypeScript compiled with
 * `moduleResolution: node16` (as an ES module and as a CommonJS module) and
 * with `moduleResolution: bundler`.
 */

/** Checks shared by the JavaScript consumers (ESM and CommonJS), given the loaded modules. */
const JS_CHECKS = `
  const concept = nomenclature.lookup('2.3.3.1');
  assert.equal(concept?.display, 'Accompagnements pour mener sa vie d\\u2019élève, d\\u2019étudiant ou d\\u2019apprenti');
  assert.equal(nomenclature.SERAFIN_VERSION, '2023.1.0');
  assert.equal(nomenclature.translate('011', { from: 'ror-r265', to: 'ans-2023' }).matches[0]?.code, '2.2.1');
  assert.match(nomenclature.lookup('2.4', { definitions: definitions.SERAFIN_DEFINITIONS })?.definition ?? '', /^La prestation de coordination/);
  assert.equal(fhir.toFhirCodeSystem().concept.length, 107);
  assert.equal(fhir.coding('2.3.3.1').system, 'https://smt.esante.gouv.fr/terminologie-SERAFINPH');
  assert.equal(referentiels.treR421MotifFinPag.lookup('6')?.display, 'Fin des dérogations');
  assert.equal(ror.ROR_R265_ENTRIES.find((e) => e.code === '011')?.libelleCourt, '2.2.1.1');

  const pag = fixtures.examplePag();
  assert.equal(schema.PagSchema.safeParse(pag).success, true);
  const jsonSchema = JSON.parse(readFileSync(resolvePath('@serafin-ph/pag-schema/schemas/pag.schema.json'), 'utf8'));
  assert.equal(jsonSchema.$id, schema.schemaId('pag'));

  const report = validators.validate(pag, { referenceDate: '2025-06-30' });
  assert.equal(report.valid, true, JSON.stringify(report.issues.filter((i) => i.severity === 'error')));
  const broken = { ...pag, consentement: {} };
  assert.equal(validators.validate(broken, { referenceDate: '2025-06-30' }).valid, false);
  // The per-document entries: one type's checks each, same verdicts as the main entry.
  const pagOnly = validatorsPag.validatePag(pag, { referenceDate: '2025-06-30' });
  assert.equal(pagOnly.valid, true);
  assert.equal(pagOnly.document, pag);
  assert.equal(validatorsPag.validatePag(broken, { referenceDate: '2025-06-30' }).valid, false);
  assert.throws(() => validatorsPag.assertValidPag(broken, { referenceDate: '2025-06-30' }), validatorsPag.ValidationError);
  // One ValidationError class for every entry that exports it (a shared chunk, in ES modules and in CommonJS alike):
  // an error thrown by one entry is an instance of the class imported from another.
  const entries = { validators, validatorsPag, validatorsConvention, validatorsTableau, validatorsBytes, validatorsSuggest };
  const exporting = Object.keys(entries).filter((name) => 'ValidationError' in entries[name]);
  assert.deepEqual(exporting, ['validators', 'validatorsPag', 'validatorsConvention', 'validatorsTableau']);
  for (const name of exporting) assert.equal(entries[name].ValidationError, validators.ValidationError, name + '.ValidationError is another class');
  assert.throws(() => validatorsPag.assertValidPag(broken, { referenceDate: '2025-06-30' }), validators.ValidationError);
  assert.throws(() => validators.assertValid(broken, { referenceDate: '2025-06-30' }), validatorsConvention.ValidationError);
  const convention = fixtures.exampleConventionTerritoriale();
  assert.equal(validatorsConvention.validateConvention(convention, { referenceDate: '2025-06-30' }).valid, validators.validate(convention, { referenceDate: '2025-06-30' }).valid);
  assert.equal(validatorsConvention.validateConvention(pag).valid, false);
  const tableau = fixtures.exampleTableauDerogations();
  assert.equal(validatorsTableau.validateTableauDerogations(tableau, { referenceDate: '2025-06-30' }).valid, validators.validate(tableau, { referenceDate: '2025-06-30' }).valid);
  // The byte decoding of the CLI and the validator page: a Windows-1252 apostrophe located and named, UTF-16 read.
  const refused = validatorsBytes.decodeBytes(Uint8Array.of(0x7b, 0x0a, 0x22, 0x92, 0x22, 0x7d));
  assert.deepEqual(refused, { ok: false, problem: { kind: 'not-utf-8', offset: 3, line: 2, column: 2, byte: 0x92, suspected: 'windows-1252' } });
  assert.equal(validatorsBytes.windows1252Character(0x92), '\u2019');
  assert.deepEqual(validatorsBytes.decodeBytes(Uint8Array.of(0x7b, 0, 0x7d, 0)), { ok: true, text: '{}', encoding: 'utf-16le' });
  // The suggestions of the CLI, without the checks: the same functions as the main entry's.
  assert.equal(validatorsSuggest.closestName('dateNaissnce', ['nomNaissance', 'dateNaissance']), 'dateNaissance');
  assert.equal(validatorsSuggest.editDistance, validators.editDistance);
  // Run with --conditions=browser, an import of the validators resolves to their browser build (fast check read from the table),
  // a require() to the default CommonJS build (Jest's jsdom environment requires with the browser condition: no ES module there).
  assert.equal(loadedPath('@serafin-ph/validators/pag').includes('/dist/browser/'), process.execArgv.includes('--conditions=browser') && LOADS_ESM);

  for (const generated of fc.sample(arbitraries.pagArbitrary(), { numRuns: 5, seed: 42 })) {
    assert.equal(schema.PagSchema.safeParse(generated).success, true);
  }

  const checked = fhirCheck.checkFhir({ resourceType: 'Basic', code: { coding: [{ system: 'https://smt.esante.gouv.fr/terminologie-SERAFINPH', code: '011' }] } });
  assert.equal(checked.issues[0]?.ruleId, 'FHIR-NUMBERING-002');
  assert.equal(fhirCheck.toOperationOutcome(checked).issue[0]?.severity, 'error');

  const examplePath = resolvePath('@serafin-ph/fixtures/data/examples/pag.json');
  const batch = await cli.runValidate({ inputs: [examplePath], validate: validators.validate, validateOptions: { referenceDate: '2025-06-30' } });
  assert.equal(batch.summary.valid, 1);
  assert.equal(batch.exitCode, 0);

  const html = render.renderPag(pag, { includePersonalData: true });
  assert.match(html, /^<!doctype html>\\n<html lang="fr">/);
  assert.equal((html.match(/<g class="creneau"/g) ?? []).length, pag.annexes.emploiDuTemps.length);
  assert.match(render.renderTimetable(pag, { lang: 'en' }), /^<svg xmlns="http:\\/\\/www.w3.org\\/2000\\/svg"/);
`;

const ESM = `import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import * as nomenclature from '@serafin-ph/nomenclature';
import * as definitions from '@serafin-ph/nomenclature/definitions';
import * as fhir from '@serafin-ph/nomenclature/fhir';
import * as referentiels from '@serafin-ph/nomenclature/referentiels';
import * as ror from '@serafin-ph/nomenclature/ror';
import * as schema from '@serafin-ph/pag-schema';
import * as validators from '@serafin-ph/validators';
import * as validatorsPag from '@serafin-ph/validators/pag';
import * as validatorsConvention from '@serafin-ph/validators/convention';
import * as validatorsTableau from '@serafin-ph/validators/tableau-derogations';
import * as validatorsBytes from '@serafin-ph/validators/bytes';
import * as validatorsSuggest from '@serafin-ph/validators/suggest';
import * as fhirCheck from '@serafin-ph/fhir';
import * as fixtures from '@serafin-ph/fixtures';
import * as arbitraries from '@serafin-ph/fixtures/arbitraries';
import * as cli from '@serafin-ph/cli';
import * as render from '@serafin-ph/render';

const resolvePath = (id) => createRequire(import.meta.url).resolve(id);
/** The file that this consumer's own import of \`id\` loads, and whether it loads ES modules. */
const loadedPath = (id) => fileURLToPath(import.meta.resolve(id));
const LOADS_ESM = true;
${JS_CHECKS}
console.log('ESM: 6 packages, 15 entry points');
`;

const CJS = `'use strict';
const assert = require('node:assert/strict');
const { readFileSync } = require('node:fs');
const fc = require('fast-check');
const nomenclature = require('@serafin-ph/nomenclature');
const definitions = require('@serafin-ph/nomenclature/definitions');
const fhir = require('@serafin-ph/nomenclature/fhir');
const referentiels = require('@serafin-ph/nomenclature/referentiels');
const ror = require('@serafin-ph/nomenclature/ror');
const schema = require('@serafin-ph/pag-schema');
const validators = require('@serafin-ph/validators');
const validatorsPag = require('@serafin-ph/validators/pag');
const validatorsConvention = require('@serafin-ph/validators/convention');
const validatorsTableau = require('@serafin-ph/validators/tableau-derogations');
const validatorsBytes = require('@serafin-ph/validators/bytes');
const validatorsSuggest = require('@serafin-ph/validators/suggest');
const fhirCheck = require('@serafin-ph/fhir');
const fixtures = require('@serafin-ph/fixtures');
const arbitraries = require('@serafin-ph/fixtures/arbitraries');
// @serafin-ph/cli is published as an ES module only: Node >= 20.19 can require() it.
const cli = require('@serafin-ph/cli');
const render = require('@serafin-ph/render');

const resolvePath = (id) => require.resolve(id);
const loadedPath = resolvePath;
const LOADS_ESM = false;
(async () => {
${JS_CHECKS}
console.log('CommonJS: 6 packages, 15 entry points (cli through require(esm))');
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`;

/** TypeScript checks: typed calls, shared by the three TypeScript consumers. */
const TS_CHECKS = `
  const concept: SerafinConcept | undefined = lookup('2.3.3.1');
  assert.equal(concept?.branch, 'prestations-directes');
  const code: SerafinCode = '2.3.3.1';
  assert.equal(validateCode(code, { valueSet: 'J284' }).result, true);
  assert.equal(SERAFIN_DEFINITIONS['2.4']?.startsWith('La prestation de coordination'), true);
  const cs: FhirCodeSystem = toFhirCodeSystem();
  assert.equal(cs.count, 107);
  const motif: TreR421Code = '6';
  assert.equal(treR421MotifFinPag.lookup(motif)?.display, 'Fin des dérogations');

  const pag: Pag = examplePag();
  const parsed = PagSchema.parse(pag);
  const version: SchemaVersion = parsed.versionSchema;
  assert.equal(schemaId('pag', version), 'https://serafin-ph.github.io/serafin-ph/schemas/' + version + '/pag.schema.json');
  assert.equal(schemaId('pag', '1.0.0'), 'https://serafin-ph.github.io/serafin-ph/schemas/1.0.0/pag.schema.json');

  const report: ValidationReport = validate(pag, { referenceDate: '2025-06-30', lang: 'en' });
  assert.equal(report.valid, true);
  const first: ValidationIssue | undefined = validate({}, { lang: 'en' }).issues[0];
  assert.equal(typeof first?.ruleId, 'string');

  // Per-document entries: a typed PAG from one call, an assertion function, a typed skipRules.
  const pagResult = validatePag(JSON.parse(JSON.stringify(pag)) as unknown, { referenceDate: '2025-06-30', skipRules: ['PAG-CONSENTEMENT-001'] });
  if (!pagResult.valid) throw new Error('the example PAG is valid');
  const typedPag: PagDocument = pagResult.document;
  // Not \`any\`: each line fails to compile if the type it names became \`any\`.
  const notAny: [IsAny<PagDocument>, IsAny<Pag>, IsAny<typeof pagResult.document>, IsAny<ValidationIssue>, IsAny<ValidationReport>] = [false, false, false, false, false];
  assert.deepEqual(notAny, [false, false, false, false, false]);
  assert.equal(typedPag.typeDocument, 'pag');
  const unknownValue: unknown = JSON.parse(JSON.stringify(pag));
  assertValidPag(unknownValue, { referenceDate: '2025-06-30' });
  assert.equal(unknownValue.statut, pag.statut);
  assert.equal(validateConvention(pag).valid, false);
  assert.equal(validateTableauDerogations(pag).valid, false);
  const decoded: DecodedBytes = decodeBytes(Uint8Array.of(0x22, 0xe9, 0x22));
  assert.equal(!decoded.ok && decoded.problem.kind === 'not-utf-8' ? decoded.problem.suspected : undefined, 'windows-1252');
  const suggested: string | undefined = closestName('--formt', ['--format', '--output']);
  assert.equal(suggested, '--format');

  const [generated] = fc.sample(pagArbitrary(), { numRuns: 1, seed: 7 });
  assert.equal(PagSchema.safeParse(generated).success, true);

  const fhirReport: FhirCheckReport = checkFhir({ resourceType: 'Basic', code: { coding: [{ system: 'https://smt.esante.gouv.fr/terminologie-SERAFINPH', code: '1.1.1.3' }] } });
  assert.equal(fhirReport.issues[0]?.ruleId, 'FHIR-NUMBERING-001');
  const outcome: ReturnType<typeof toOperationOutcome> = toOperationOutcome(fhirReport, { lang: 'en' });
  assert.equal(outcome.issue.length, 1);

  const summary: ValidateSummary = emptySummary();
  assert.equal(summary.documents, 0);

  const options: RenderPagOptions = { lang: 'fr', includePersonalData: false };
  const html: string = renderPag(pag, options);
  assert.equal(html.includes('Donnée personnelle masquée'), true);
`;

/** \`true\` exactly when \`T\` is \`any\`. */
const IS_ANY = 'type IsAny<T> = 0 extends 1 & T ? true : false;\n';

const TS_IMPORTS = `import fc from 'fast-check';
import { lookup, validateCode, type SerafinCode, type SerafinConcept } from '@serafin-ph/nomenclature';
import { SERAFIN_DEFINITIONS } from '@serafin-ph/nomenclature/definitions';
import { toFhirCodeSystem, type FhirCodeSystem } from '@serafin-ph/nomenclature/fhir';
import { treR421MotifFinPag, type TreR421Code } from '@serafin-ph/nomenclature/referentiels';
import { PagSchema, schemaId, type Pag, type SchemaVersion } from '@serafin-ph/pag-schema';
import { validate, type ValidationIssue, type ValidationReport } from '@serafin-ph/validators';
import { assertValidPag, validatePag, type Pag as PagDocument } from '@serafin-ph/validators/pag';
import { validateConvention } from '@serafin-ph/validators/convention';
import { validateTableauDerogations } from '@serafin-ph/validators/tableau-derogations';
import { decodeBytes, type DecodedBytes } from '@serafin-ph/validators/bytes';
import { closestName } from '@serafin-ph/validators/suggest';
import { checkFhir, toOperationOutcome, type FhirCheckReport } from '@serafin-ph/fhir';
import { examplePag } from '@serafin-ph/fixtures';
import { pagArbitrary } from '@serafin-ph/fixtures/arbitraries';
import { renderPag, type RenderPagOptions } from '@serafin-ph/render';
${IS_ANY}`;

const TS_ESM = `import assert from 'node:assert/strict';
${TS_IMPORTS}import { emptySummary, type ValidateSummary } from '@serafin-ph/cli';
${TS_CHECKS}
console.log(\`TypeScript (\${'__MODE__'}): typed calls of 6 packages\`);
`;

/** A CommonJS module under node16 cannot statically import the ESM-only cli: it uses a dynamic import(). */
const TS_CJS = `import assert = require('node:assert/strict');
${TS_IMPORTS}import type { ValidateSummary } from '@serafin-ph/cli' with { 'resolution-mode': 'import' };

async function main(): Promise<void> {
  const { emptySummary } = await import('@serafin-ph/cli');
${TS_CHECKS}
  console.log('TypeScript (node16, CommonJS): typed calls of 6 packages');
}
main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
`;

const COMPILER_OPTIONS = {
  target: 'ES2022',
  lib: ['ES2022'],
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  // Check the shipped declaration files too (ours, zod's, fast-check's).
  skipLibCheck: false,
  types: ['node'],
  outDir: 'out',
};

/** Files of the consumer project, by path. */
export const CONSUMERS: Readonly<Record<string, string>> = {
  'esm/consumer.mjs': ESM,
  'cjs/consumer.cjs': CJS,
  'ts-node16/tsconfig.json': JSON.stringify(
    { compilerOptions: { ...COMPILER_OPTIONS, module: 'node16', moduleResolution: 'node16' }, files: ['consumer.mts', 'consumer-cjs.cts'] },
    null,
    2,
  ),
  'ts-node16/consumer.mts': TS_ESM.replace('__MODE__', 'node16, ES module'),
  'ts-node16/consumer-cjs.cts': TS_CJS,
  'ts-bundler/tsconfig.json': JSON.stringify(
    { compilerOptions: { ...COMPILER_OPTIONS, module: 'esnext', moduleResolution: 'bundler' }, files: ['consumer.ts'] },
    null,
    2,
  ),
  'ts-bundler/consumer.ts': TS_ESM.replace('__MODE__', 'bundler'),
};

/**
 * Without zod: the tarballs a validation-only user installs (the nomenclature,
 * the zod-free types of \`@serafin-ph/pag-schema\`, the validators), with a plain
 * \`npm install\`: zod, an optional peer of \`@serafin-ph/pag-schema\` (for its zod
 * schemas only), is not installed. The validators run, and their
 * declarations type-check with \`skipLibCheck: false\` — no import of an absent
 * zod — and name real types, not \`any\`.
 */
const NO_ZOD_TS = `import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validate, assertValid, type ValidationIssue } from '@serafin-ph/validators';
import { validatePag, assertValidPag, PAG_EN, message, issuesToOperationOutcome, valueAtJsonPointer, type Pag, type RuleId } from '@serafin-ph/validators/pag';
import type { Pag as PagType } from '@serafin-ph/pag-schema/types';
${IS_ANY}
const text = readFileSync(new URL('../../example-pag.json', import.meta.url), 'utf8');
const result = validatePag(JSON.parse(text) as unknown, { referenceDate: '2025-06-30', skipRules: ['PAG-CONSENTEMENT-001'] });
if (!result.valid) throw new Error(JSON.stringify(result.issues));
const notAny: [IsAny<Pag>, IsAny<PagType>, IsAny<typeof result.document>, IsAny<ValidationIssue>, IsAny<RuleId>] = [false, false, false, false, false];
assert.deepEqual(notAny, [false, false, false, false, false]);
const pag: PagType = result.document;
assert.equal(pag.typeDocument, 'pag');
// @ts-expect-error not a rule id of the catalogue
validatePag(pag, { skipRules: ['PAG-CONSENTMENT-001'] });
// A programmer's bad option never makes a valid document invalid.
const badOption = validatePag(pag, { referenceDate: '2025-13-45' });
assert.equal(badOption.valid, true);
assert.equal(badOption.optionIssues?.[0]?.ruleId, 'OPTIONS-INVALIDES');
const broken = validatePag({ ...pag, consentement: {} }, { referenceDate: '2025-06-30', messages: 'both', catalogues: [PAG_EN] });
const first = broken.issues[0];
assert.ok(first !== undefined && !broken.valid);
assert.notEqual(message(first, 'fr'), message(first, 'en'));
assert.equal(valueAtJsonPointer(pag, '/typeDocument'), 'pag');
assert.equal(issuesToOperationOutcome(broken).issue[0]?.details.coding[0]?.code, first.ruleId);
const value: unknown = JSON.parse(text);
assertValidPag(value, { referenceDate: '2025-06-30' });
assert.equal(value.identifiant, pag.identifiant);
const other: unknown = JSON.parse(text);
assertValid(other, { typeDocument: 'pag', referenceDate: '2025-06-30' });
assert.equal(other.statut, pag.statut);
assert.equal(validate(pag, { referenceDate: '2025-06-30' }).valid, true);
console.log('without zod (TypeScript, __MODE__): typed Pag, not any');
`;

const NO_ZOD_CJS = `'use strict';
const assert = require('node:assert/strict');
const { readFileSync } = require('node:fs');
assert.throws(() => require.resolve('zod'), { code: 'MODULE_NOT_FOUND' });
const { validatePag } = require('@serafin-ph/validators/pag');
const { validate } = require('@serafin-ph/validators');
const pag = JSON.parse(readFileSync(require('node:path').join(__dirname, '..', 'example-pag.json'), 'utf8'));
assert.equal(validatePag(pag, { referenceDate: '2025-06-30' }).document, pag);
assert.equal(validate(pag, { referenceDate: '2025-06-30' }).valid, true);
console.log('without zod (CommonJS): zod absent, validators loaded');
`;

const NO_ZOD_ESM = `import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validatePag } from '@serafin-ph/validators/pag';
import { validate } from '@serafin-ph/validators';
await assert.rejects(import('zod'), { code: 'ERR_MODULE_NOT_FOUND' });
const pag = JSON.parse(readFileSync(new URL('../example-pag.json', import.meta.url), 'utf8'));
assert.equal(validatePag(pag, { referenceDate: '2025-06-30' }).document, pag);
assert.equal(validate(pag, { referenceDate: '2025-06-30' }).valid, true);
console.log('without zod (ESM): zod absent, validators loaded');
`;

/** The packages of the project without zod. */
export const NO_ZOD_PACKAGES = ['@serafin-ph/nomenclature', '@serafin-ph/pag-schema', '@serafin-ph/validators'] as const;

/** Files of the project without zod, by path (\`example-pag.json\` is copied from the fixtures). */
export const NO_ZOD_CONSUMERS: Readonly<Record<string, string>> = {
  'esm/consumer.mjs': NO_ZOD_ESM,
  'cjs/consumer.cjs': NO_ZOD_CJS,
  'ts-node16/tsconfig.json': JSON.stringify(
    { compilerOptions: { ...COMPILER_OPTIONS, module: 'node16', moduleResolution: 'node16' }, files: ['consumer.mts'] },
    null,
    2,
  ),
  'ts-node16/consumer.mts': NO_ZOD_TS.replace('__MODE__', 'node16'),
  'ts-bundler/tsconfig.json': JSON.stringify(
    { compilerOptions: { ...COMPILER_OPTIONS, module: 'esnext', moduleResolution: 'bundler' }, files: ['consumer.ts'] },
    null,
    2,
  ),
  'ts-bundler/consumer.ts': NO_ZOD_TS.replace('__MODE__', 'bundler'),
};
