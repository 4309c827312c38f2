/**
 * `--format json`: the {@link ValidateJsonOutput} document, streamed entry by
 * entry (a batch of millions of NDJSON records is never held in memory), and
 * byte-identical to `JSON.stringify(output, null, 2)`.
 */
import type { FileEntry, ValidateJsonOutput, ValidateSummary } from '../validate/types.js';
import type { Reporter, Write } from './reporter.js';

const indent = (json: string, prefix: string): string => prefix + json.replace(/\n/g, `\n${prefix}`);

/** A reporter writing the JSON output. */
export function jsonReporter(write: Write): Reporter {
  let count = 0;
  return {
    async entry(entry: FileEntry) {
      await write(`${count === 0 ? '{\n  "files": [\n' : ',\n'}${indent(JSON.stringify(entry, null, 2), '    ')}`);
      count++;
    },
    async end(summary: ValidateSummary) {
      const head = count === 0 ? '{\n  "files": [],\n' : '\n  ],\n';
      await write(`${head}  "summary": ${indent(JSON.stringify(summary, null, 2), '  ').trimStart()}\n}\n`);
    },
  };
}

/** Type guard for a parsed JSON output (for consumers reading it back). */
export function isValidateJsonOutput(value: unknown): value is ValidateJsonOutput {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return Array.isArray(v['files']) && typeof v['summary'] === 'object' && v['summary'] !== null;
}
