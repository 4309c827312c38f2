import { validate } from '@serafin-ph/validators';
import { describe, expectTypeOf, it } from 'vitest';
import {
  EXIT_CODES,
  runValidate,
  type CliContext,
  type ExitCode,
  type FileEntry,
  type InputErrorCode,
  type ValidateFunction,
  type ValidateJsonOutput,
  type ValidateSummary,
} from './index.js';

describe('public types of @serafin-ph/cli', () => {
  it('accepts the real validate function', () => {
    expectTypeOf(validate).toExtend<ValidateFunction>();
    expectTypeOf(runValidate).parameter(0).toHaveProperty('validate').toEqualTypeOf<ValidateFunction>();
  });

  it('takes the validation function of runCli as such or from a loader, one of the two', () => {
    const streams = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: {}, cwd: '.', version: '1.0.0' };
    expectTypeOf({ ...streams, validate }).toExtend<CliContext>();
    expectTypeOf({ ...streams, validator: () => validate }).toExtend<CliContext>();
    expectTypeOf({ ...streams, validator: () => Promise.resolve(validate) }).toExtend<CliContext>();
    expectTypeOf(streams).not.toExtend<CliContext>();
    expectTypeOf({ ...streams, validate, validator: () => validate }).not.toExtend<CliContext>();
  });

  it('describes the JSON output', () => {
    expectTypeOf<ValidateJsonOutput>().toEqualTypeOf<{ files: FileEntry[]; summary: ValidateSummary }>();
    expectTypeOf<FileEntry['typeDocument']>().toEqualTypeOf<'pag' | 'convention-territoriale' | 'tableau-derogations' | 'fhir' | null>();
    expectTypeOf<FileEntry['line']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ValidateSummary['issues']>().toEqualTypeOf<{ error: number; warning: number; info: number }>();
    expectTypeOf<InputErrorCode>().toEqualTypeOf<
      | 'NOT_FOUND'
      | 'NO_MATCH'
      | 'UNREADABLE'
      | 'TOO_LARGE'
      | 'TOO_MANY_VALUES'
      | 'EMPTY'
      | 'BINARY'
      | 'ENCODING'
      | 'JSON_SYNTAX'
      | 'JSON_ARRAY'
      | 'DUPLICATE_KEY'
      | 'SPECIAL_FILE'
      | 'BAD_PATTERN'
      | 'INTERNAL'
    >();
  });

  it('has three exit codes', () => {
    expectTypeOf(EXIT_CODES.error).toEqualTypeOf<2>();
    expectTypeOf(EXIT_CODES.output).toEqualTypeOf<3>();
    expectTypeOf<ExitCode>().toEqualTypeOf<0 | 1 | 2 | 3>();
  });
});
