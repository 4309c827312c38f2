/**
 * The JSON output of `serafin validate --format json`, as stable types.
 *
 * Sortie JSON de `serafin validate --format json` : ce format est stable
 * (champs ajoutés seulement, jamais renommés ni retirés dans une version
 * mineure).
 */
import type { TypeDocument, ValidationIssue } from './validators-contract.js';

/**
 * Why an input could not be checked. Every code makes the exit code 2.
 *
 * | code | meaning |
 * | --- | --- |
 * | `NOT_FOUND` | no such file or folder |
 * | `NO_MATCH` | a glob pattern matched no file |
 * | `UNREADABLE` | the file exists but cannot be read (permissions, a folder given where a file is expected inside a glob, I/O error) |
 * | `TOO_LARGE` | a JSON file (or one NDJSON line) is larger than `--max-size` |
 * | `TOO_MANY_VALUES` | a document (or one NDJSON line) holds more JSON values than one per 16 characters (and than 250,000): parsed and checked, it would take over fifteen times its size, so it is not parsed |
 * | `EMPTY` | the file (or stdin) holds nothing but white space |
 * | `BINARY` | NUL bytes: not a text file |
 * | `ENCODING` | not valid UTF-8 (or UTF-16 with a BOM) |
 * | `JSON_SYNTAX` | malformed JSON; `line` and `column` locate it |
 * | `DUPLICATE_KEY` | an object holds the same key twice; `line` and `column` locate the second, the message both (readers disagree on which value wins, so the document is not checked) |
 * | `SPECIAL_FILE` | not a regular file (named pipe, socket, device): not read, so never waited on; inside a folder, the entry is reported as skipped |
 * | `BAD_PATTERN` | a glob pattern that cannot be used (too many `{…}` alternatives) |
 * | `INTERNAL` | the validator failed unexpectedly on this document (a bug: please report it) |
 */
export type InputErrorCode =
  | 'NOT_FOUND'
  | 'NO_MATCH'
  | 'UNREADABLE'
  | 'TOO_LARGE'
  | 'TOO_MANY_VALUES'
  | 'EMPTY'
  | 'BINARY'
  | 'ENCODING'
  | 'JSON_SYNTAX'
  | 'DUPLICATE_KEY'
  | 'SPECIAL_FILE'
  | 'BAD_PATTERN'
  | 'JSON_ARRAY'
  | 'INTERNAL';

/** An input or parse error attached to an entry of the output. */
export interface InputError {
  /** Machine-readable reason. */
  code: InputErrorCode;
  /** Human-readable message in the chosen language (never quotes the document's content). */
  message: string;
  /**
   * 1-based line of the problem, within the file for a JSON file, within the
   * file too for an NDJSON record (then equal to the entry's `line`).
   */
  line?: number;
  /** 1-based column (in characters) of the problem. */
  column?: number;
}

/**
 * One checked document, or one input that could not be checked.
 *
 * A JSON file gives one entry; an NDJSON file gives one entry per non-blank
 * line (with `line`), or a single entry with `error` when the file itself
 * cannot be read.
 */
export interface FileEntry {
  /** The path as given on the command line or found in a folder; `-` for stdin. */
  path: string;
  /** Detected (or forced) document type, `fhir` for a FHIR R4 resource; `null` when unknown or not parsed. */
  typeDocument: TypeDocument | null;
  /** `true` when the document has no error-level issue; always `false` with `error`. */
  valid: boolean;
  /** Issues in the validators' order (empty with `error`). */
  issues: ValidationIssue[];
  /** For NDJSON records: the 1-based line of the record. */
  line?: number;
  /** Present when the input could not be read or parsed. */
  error?: InputError;
}

/** Totals of a run. */
export interface ValidateSummary {
  /** Inputs (files and stdin) that were read or attempted, patterns without match included. */
  files: number;
  /** Documents parsed and validated (`valid + invalid`). */
  documents: number;
  /** Documents without error-level issue. */
  valid: number;
  /** Documents with at least one error-level issue. */
  invalid: number;
  /** Entries with an {@link InputError} (unreadable, malformed…). */
  errors: number;
  /** Issues by severity, over all documents. */
  issues: { error: number; warning: number; info: number };
}

/** The whole JSON document printed by `serafin validate --format json`. */
export interface ValidateJsonOutput {
  files: FileEntry[];
  summary: ValidateSummary;
}

/**
 * Exit codes of `serafin validate`: 0 every document valid, 1 at least one
 * invalid document, 2 a usage or input error (it wins over 1), 3 the report
 * could not be written (`-o` on a full disk or `/dev/full`, an output that
 * fails); it wins over the others. A reader that closes the pipe early
 * (`| head`) is not a failure: the batch is still checked to the end and its
 * own code (0, 1 or 2) is returned.
 */
export const EXIT_CODES = { valid: 0, invalid: 1, error: 2, output: 3 } as const;

/** One of {@link EXIT_CODES}. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
