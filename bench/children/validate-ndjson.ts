/**
 * `serafin validate` on one NDJSON file through `runValidate`, with the way
 * of splitting chosen whatever the defaults say: `ranges` (every thread reads
 * its own byte ranges) or `lines` (this thread splits, workers receive line
 * bytes). Prints the summary as one JSON line; exits as the CLI would.
 *
 * Usage: validate-ndjson <file> <date> <jobs> <ranges|lines>
 */
import { bundledWorkerUrl, runValidate } from '@serafin-ph/cli';
import { validate } from '@serafin-ph/validators';

const [file, date, jobs, mode] = process.argv.slice(2);
if (file === undefined || date === undefined || jobs === undefined || (mode !== 'ranges' && mode !== 'lines')) {
  throw new Error('usage: validate-ndjson <file> <date> <jobs> <ranges|lines>');
}
const never = Number.POSITIVE_INFINITY;
const { summary, exitCode } = await runValidate({
  inputs: [file],
  validate,
  validateOptions: { lang: 'fr', optionNames: 'cli', referenceDate: date },
  jobs: Number(jobs),
  workerUrl: bundledWorkerUrl(),
  ...(mode === 'ranges' ? { ndjsonRangesFrom: 0, ndjsonWorkersFrom: never } : { ndjsonRangesFrom: never, ndjsonWorkersFrom: 0 }),
});
process.stdout.write(`${JSON.stringify(summary)}\n`);
process.exitCode = exitCode;
