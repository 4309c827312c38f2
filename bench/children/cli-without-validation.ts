/**
 * `serafin validate` with the validators replaced by a constant answer
 * ("valid PAG, no issue"): the same command line, listing, reading, decoding,
 * duplicate-key check, `JSON.parse`, reporting and exit code as the real
 * command, without `validate()`. Measured beside the real command, it splits
 * the command's cost into what the CLI does itself and what validation (and
 * the compiler's warm-up of the validators) adds.
 */
import { runCli, type ValidateFunction } from '@serafin-ph/cli';

const validate: ValidateFunction = () => ({ typeDocument: 'pag', valid: true, issues: [] });

process.exitCode = await runCli(process.argv.slice(2), {
  validate,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
  version: '0.0.0',
});
