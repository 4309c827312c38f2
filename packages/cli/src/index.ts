/**
 * @packageDocumentation
 * `@serafin-ph/cli` : la commande `serafin` (valider des lots de fichiers,
 * consulter les nomenclatures, afficher un PAG, convertir en FHIR), et son
 * cœur pour les programmes qui valident eux-mêmes des lots de fichiers.
 *
 * The `serafin` command, and its core for programs that validate batches of
 * files themselves.
 *
 * @example
 * import { validate } from '@serafin-ph/validators';
 * import { runValidate } from '@serafin-ph/cli';
 * const { summary, exitCode } = await runValidate({ inputs: ['inbox/'], validate, onEntry: (e) => console.log(e.path, e.valid) });
 */
export {
  runValidate,
  DEFAULT_MAX_SIZE,
  DEFAULT_WORKERS_FROM,
  DEFAULT_NDJSON_WORKERS_FROM,
  DEFAULT_NDJSON_RANGES_FROM,
  emptySummary,
  addToSummary,
  exitCodeOf,
  type RunValidateOptions,
  type RunValidateResult,
} from './validate/run-validate.js';
export { EXIT_CODES, type ExitCode, type FileEntry, type InputError, type InputErrorCode, type ValidateJsonOutput, type ValidateSummary } from './validate/types.js';
export type { TypeDocument, ValidateFunction, ValidationIssue, ValidationReport } from './validate/validators-contract.js';
export type { TextEncodingChoice } from './validate/decode.js';
export {
  serveChecks,
  type CheckFilesRequest,
  type CheckLinesRequest,
  type CheckRangeRequest,
  type CheckReady,
  type CheckRequest,
  type CheckResponse,
  type CheckWorkerData,
  type WireOutcome,
} from './validate/worker-pool.js';
export type { RangeResult, RecheckItem, RangeErrorItem } from './validate/ndjson-ranges.js';
export { bundledWorkerUrl } from './worker-url.js';
export { jsonReporter, isValidateJsonOutput } from './output/json-reporter.js';
export { textReporter, summaryText, type TextReporterOptions } from './output/text-reporter.js';
export { junitReporter } from './output/junit-reporter.js';
export { htmlReporter, type HtmlReporterOptions } from './output/html-reporter.js';
export type { Reporter, Write } from './output/reporter.js';
export { runCli } from './main.js';
export type { CliContext, CliEnvironment, GivenValidate, LoadedValidate, OutputStream } from './context.js';
export type { Lang } from './i18n/messages.js';
