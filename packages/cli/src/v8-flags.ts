/**
 * V8 flags the `serafin` process sets for itself (never the libraries: only
 * the command's own process). A batch of JSON files is short-lived: most of
 * its validation runs while V8 is still compiling the validators, and
 * TurboFan's inlining makes each compilation longer than it makes the code
 * faster over such a batch. Measured on Node 20.20, 2 shared cores, 10,000
 * files, 5 interleaved runs (load 12 to 15): `--no-turbo-inlining` takes the
 * command from 3.24 to 3.05–3.08 s of CPU time (−5 to −6 %; in process, the
 * first 10,000 documents −13 %), while the optimised code runs about 15 %
 * slower once warm: past some 30,000 documents the flag costs more than it
 * saves. So it is set for `serafin validate` when the command line names no
 * NDJSON (no `--ndjson`, no `.ndjson` or `.jsonl` argument), the case of a
 * batch of JSON files; NDJSON streams, which may hold millions of documents,
 * keep V8's defaults. Other flags measured with it (`--maglev`,
 * `--max-lazy`, `--no-lazy-feedback-allocation`, `--always-sparkplug`,
 * `--interrupt-budget`, `--max-optimized-bytecode-size`,
 * `--max-semi-space-size`) changed nothing beyond the noise.
 */

/** Options that take a value before the command (`serafin --lang en validate …`). */
const LANG_OPTIONS = new Set(['--lang', '-l']);

/** Whether a command-line argument names NDJSON. */
const namesNdjson = (arg: string): boolean => arg === '--ndjson' || /\.(ndjson|jsonl)$/i.test(arg);

/**
 * The V8 flags for a `serafin` command line (its arguments, without `node`
 * and the script): `['--no-turbo-inlining']` for `validate` on JSON only,
 * else none.
 */
export function v8FlagsFor(args: readonly string[]): string[] {
  let i = 0;
  while (i < args.length && (LANG_OPTIONS.has(args[i]!) || args[i]!.startsWith('--lang='))) i += args[i]!.startsWith('--lang=') ? 1 : 2;
  if (args[i] !== 'validate') return [];
  return args.slice(i + 1).some(namesNdjson) ? [] : ['--no-turbo-inlining'];
}
