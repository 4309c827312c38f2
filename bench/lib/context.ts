/**
 * What every `pnpm bench` suite receives: the parsed options, the bundled
 * child programs, the realistic corpus, the programs compared end to end, and
 * the ratios and results the suite adds to.
 */
import type { CorpusDocument, sizes } from './datasets.js';
import type { Ratio } from './report.js';

/** The suites `--only` accepts, in the order they run. */
export const SUITES = ['size', 'import', 'embedding', 'library', 'fhir', 'cli', 'stream', 'batch'] as const;

/** One suite name. */
export type Suite = (typeof SUITES)[number];

/** `pnpm bench` options. */
export interface BenchArgs {
  readonly quick: boolean;
  readonly build: boolean;
  readonly files: number;
  readonly streamMiB: number;
  readonly reps: number;
  readonly cliReps: number;
  readonly only: ReadonlySet<Suite>;
  readonly dataDir: string;
  readonly out: string;
}

/** The shared state of one `pnpm bench` run. */
export interface BenchContext {
  readonly args: BenchArgs;
  /** Bundled child programs by name (`rss-probe`, `parse-files`, `library`…). */
  readonly children: Readonly<Record<string, string>>;
  /** The RSS probe preloaded into measured children. */
  readonly probe: string;
  readonly corpus: readonly CorpusDocument[];
  readonly corpusSizes: ReturnType<typeof sizes>;
  /** The scenarios' reference date. */
  readonly date: string;
  /** `serafin` CLI entry (`dist/cli.js`). */
  readonly serafin: string;
  /** `ajv-cli` entry. */
  readonly ajvCli: string;
  /** The published PAG JSON Schema. */
  readonly pagSchema: string;
  /** The directory of `--files` copies of the corpus (cli and batch suites). */
  readonly filesDir: string;
  /** `serafin validate` arguments for `--jobs jobs` on `target`. */
  readonly serafinArgs: (jobs: number, target: string) => string[];
  readonly ratios: Ratio[];
  readonly results: Record<string, unknown>;
}
