import type { FileEntry, ValidateSummary } from '../validate/types.js';

/** Where a reporter writes; may return a promise to apply backpressure. */
export type Write = (chunk: string) => void | Promise<void>;

/** Receives the entries of a run in order, then its summary. */
export interface Reporter {
  entry(entry: FileEntry): void | Promise<void>;
  end(summary: ValidateSummary): void | Promise<void>;
}
