/**
 * The messages the commands `validate`, `render`, `migrate` and `convert`, the
 * option parser and the entry point write themselves: their shape here, their
 * text in one catalogue per language (`command-messages-fr.ts`,
 * `command-messages-en.ts`), as the validators' structure messages do. They
 * name files, options and codes, never a value of a document.
 */
import { en } from './command-messages-en.js';
import { fr } from './command-messages-fr.js';
import type { ValidateSummary } from '../validate/types.js';
import type { Lang } from './messages.js';

/** Every message of the commands, in one language. */
export interface CommandMessages {
  /** What goes between a label and its message: « fichier.json : … » / "file.json: …". */
  readonly colon: string;
  /** The option parser (`args.ts`). */
  readonly args: {
    /** An unknown option, with the closest known one when there is one. */
    readonly unknownOption: (option: string, suggestion: string | undefined) => string;
    /** An option whose value is missing or not expected. */
    readonly badOptionValue: (option: string) => string;
    /** A value outside its list (`expected` already joined), with the closest allowed value when there is one. */
    readonly invalidValue: (option: string, value: string, expected: string, suggestion: string | undefined) => string;
  };
  /** The entry point (`main.ts`). */
  readonly main: {
    readonly langMissing: string;
    /** The word for the command name in an invalid-value message. */
    readonly command: string;
    /** The line that points to the help of `command` (« validate », or empty for the main help). */
    readonly help: (command: string) => string;
    /** An error the CLI did not expect, with its stack. */
    readonly unexpected: (stack: string) => string;
  };
  /** `serafin validate`. */
  readonly validate: {
    readonly badJobs: (value: string) => string;
    readonly badMaxSize: (value: string) => string;
    readonly unknownRule: (id: string, suggestion: string | undefined) => string;
    readonly unskippableRule: (id: string) => string;
    readonly outputIsInput: (output: string) => string;
    readonly outputExists: (output: string) => string;
    readonly badDate: (value: string) => string;
    readonly noInput: string;
    readonly cannotOpen: (output: string, reason: string) => string;
    /** Where the report goes when no `--output` is given. */
    readonly standardOutput: string;
    readonly reportNotWritten: (where: string, reason: string, exitCode: number) => string;
  };
  /** `serafin render`. */
  readonly render: {
    readonly noInput: string;
    readonly severalDocuments: string;
    readonly notPag: (label: string) => string;
    readonly unknownType: (label: string) => string;
    readonly cannotWrite: (target: string, reason: string) => string;
    readonly personalDataHidden: string;
  };
  /** The words of the text report of `serafin validate` (`--format text`). */
  readonly report: {
    /** A document whose `typeDocument` is not known. */
    readonly unknownType: string;
    readonly valid: string;
    readonly invalid: string;
    /** The closing sentence: files, documents, valid and invalid, read errors, issues by severity. */
    readonly summary: (summary: ValidateSummary) => string;
  };
  /** `serafin migrate`. */
  readonly migrate: {
    readonly noInput: string;
    readonly outputAndInPlace: string;
    readonly severalInputs: string;
    readonly cannotRead: (input: string, reason: string) => string;
    readonly invalidJson: (input: string) => string;
    /** Added after the migration's own message when it refuses a document. */
    readonly leftUntouched: string;
    readonly alreadyCurrent: (input: string, version: string) => string;
    readonly cannotWrite: (input: string, target: string, reason: string) => string;
  };
}

/** The catalogue of a language. */
export function commandMessages(lang: Lang): CommandMessages {
  return lang === 'fr' ? fr : en;
}

/** The text of a library message given in both languages (`{ fr, en }`, or `message` / `messageEn`), in `lang`. */
export function inLang(lang: Lang, fr: string, en: string): string {
  return lang === 'fr' ? fr : en;
}
