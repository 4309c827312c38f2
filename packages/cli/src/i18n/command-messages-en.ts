/**
 * English catalogue of the commands' messages (shape: `command-messages.ts`).
 *
 * Les messages des commandes en anglais.
 */
import type { CommandMessages } from './command-messages.js';
import { formatCount, plural } from './messages.js';

const DASH = '; give a file name that starts with "-" after "--" or with "./" in front';

/** The commands' messages in English. */
export const en: CommandMessages = {
  colon: ':',
  args: {
    unknownOption: (option, suggestion) => `unknown option: ${option}${suggestion === undefined ? DASH : ` (did you mean ${suggestion}?)`}`,
    badOptionValue: (option) => `option ${option}: missing or unexpected value`,
    invalidValue: (option, value, expected, suggestion) =>
      `${option}: invalid value '${value}' (expected: ${expected})${suggestion === undefined ? '' : `; did you mean '${suggestion}'?`}`,
  },
  main: {
    langMissing: '--lang: missing value',
    command: 'command',
    help: (command) => `Help: serafin${command} --help`,
    unexpected: (stack) => `serafin: unexpected error, please report it\n${stack}`,
  },
  validate: {
    badJobs: (value) => `--jobs: '${value}' is not a number from 1 to 256 nor 'auto'`,
    badMaxSize: (value) => `--max-size: '${value}' is not a size in MiB (0 to 4096)`,
    unknownRule: (id, suggestion) =>
      `--skip-rule: unknown rule '${id}'${suggestion === undefined ? '' : `; did you mean ${suggestion}?`} (list of rules: docs/reference/regles.md)`,
    unskippableRule: (id) =>
      `--skip-rule: '${id}' is a structural check, which always runs: it cannot be skipped (only business rules can; list of rules: docs/reference/regles.md)`,
    outputIsInput: (output) => `--output: ${output} is also an input to check; nothing was written`,
    outputExists: (output) => `--output: ${output} already exists; add --force to replace it (give a file name that starts with "-" after "--" or with "./" in front)`,
    badDate: (value) => `--date: '${value}' is not a YYYY-MM-DD date`,
    noInput: 'no input: give files, folders, patterns, or "-" for standard input',
    cannotOpen: (output, reason) => `serafin validate: cannot write ${output} (${reason})`,
    standardOutput: 'standard output',
    reportNotWritten: (where, reason, exitCode) => `serafin validate: the report could not be written to ${where} (${reason}); the documents were checked, exit code ${exitCode}`,
  },
  render: {
    noInput: 'no input: give files, folders, patterns or "-"',
    severalDocuments: 'several documents: give the output folder with -o <folder>',
    notPag: (label) => `${label}: not a PAG ("typeDocument" must be "pag" for --format svg)`,
    unknownType: (label) => `${label}: unknown document type ("typeDocument": pag, convention-territoriale or tableau-derogations)`,
    cannotWrite: (target, reason) => `serafin render: cannot write ${target} (${reason})`,
    personalDataHidden: 'Personal data hidden (--include-personal-data to show them).',
  },
  report: {
    unknownType: 'unknown type',
    valid: 'valid',
    invalid: 'invalid',
    summary: (summary) => {
      const c = (n: number): string => formatCount('en', n);
      const head = `${plural('en', summary.files, 'fichier', 'file')}, ${plural('en', summary.documents, 'document', 'document')}: ${c(summary.valid)} valid, ${c(summary.invalid)} invalid`;
      const errors = summary.errors > 0 ? `; ${plural('en', summary.errors, 'erreur', 'input error')}` : '';
      const i = summary.issues;
      return `${head}${errors}. Issues: ${plural('en', i.error, 'erreur', 'error')}, ${plural('en', i.warning, 'avertissement', 'warning')}, ${c(i.info)} info.`;
    },
  },
  migrate: {
    noInput: 'no input: give one or more JSON files',
    outputAndInPlace: '-o and --in-place exclude each other',
    severalInputs: 'several inputs: add --in-place (or migrate one file at a time)',
    cannotRead: (input, reason) => `${input}: cannot read (${reason})`,
    invalidJson: (input) => `${input}: invalid JSON, file left untouched (serafin validate ${input} gives the position)`,
    leftUntouched: ' File left untouched.',
    alreadyCurrent: (input, version) => `${input}: already ${version}, nothing to change`,
    cannotWrite: (input, target, reason) => `${input}: cannot write ${target} (${reason})`,
  },
};
