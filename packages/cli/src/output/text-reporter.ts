/**
 * `--format text`: one line per document, its issues indented below, and a
 * summary. Locations are written `path:line:column` so terminals and editors
 * can open them.
 */
import { commandMessages } from '../i18n/command-messages.js';
import { plural, SEVERITY_LABELS, type Lang } from '../i18n/messages.js';
import type { FileEntry, ValidateSummary } from '../validate/types.js';
import type { Severity } from '../validate/validators-contract.js';
import type { Palette } from './color.js';
import type { Reporter, Write } from './reporter.js';

/** Options of {@link textReporter}. */
export interface TextReporterOptions {
  lang: Lang;
  palette: Palette;
  /** Only invalid documents (with their errors) and input errors; no summary. */
  quiet?: boolean;
}

/**
 * Makes a string safe for a terminal: control characters (escape sequences
 * included) become U+FFFD, line breaks and tabs become spaces.
 */
export function printable(text: string): string {
  return text.replace(/[\t\n\r]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}

/** `path`, `path:line` for an NDJSON record, `path:line:column` for a located error. */
export function locationOf(entry: FileEntry): string {
  if (entry.error?.line !== undefined) return `${entry.path}:${entry.error.line}${entry.error.column !== undefined ? `:${entry.error.column}` : ''}`;
  return entry.line !== undefined ? `${entry.path}:${entry.line}` : entry.path;
}

function issueCounts(lang: Lang, entry: FileEntry): string {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of entry.issues) if (issue.severity in counts) counts[issue.severity]++;
  const parts: string[] = [];
  if (counts.error > 0) parts.push(plural(lang, counts.error, 'erreur', 'error'));
  if (counts.warning > 0) parts.push(plural(lang, counts.warning, 'avertissement', 'warning'));
  if (counts.info > 0) parts.push(plural(lang, counts.info, 'information', 'info', 'informations', 'info'));
  return parts.join(', ');
}

/** The summary sentence. */
export function summaryText(lang: Lang, summary: ValidateSummary): string {
  return commandMessages(lang).report.summary(summary);
}

/** A reporter writing human-readable text. */
export function textReporter(write: Write, options: TextReporterOptions): Reporter {
  const { lang, palette: p, quiet = false } = options;
  const labels = SEVERITY_LABELS[lang];
  const words = commandMessages(lang).report;
  const width = Math.max(...Object.values(labels).map((l) => l.length));
  const paint = (severity: Severity, text: string): string => (severity === 'error' ? p.red(text) : severity === 'warning' ? p.yellow(text) : p.cyan(text));

  return {
    async entry(entry: FileEntry) {
      // --quiet: a valid document writes nothing (in a batch, most of them), so nothing is built for it
      if (quiet && entry.valid && !entry.error) return;
      const where = printable(locationOf(entry));
      if (entry.error) {
        await write(`${p.red('✗')} ${p.bold(where)} ${p.dim('·')} ${p.red(printable(entry.error.message))} ${p.dim(`[${entry.error.code}]`)}\n`);
        return;
      }
      const issues = quiet ? entry.issues.filter((i) => i.severity === 'error') : entry.issues;
      const type = entry.typeDocument ?? words.unknownType;
      const counts = issueCounts(lang, { ...entry, issues });
      const mark = entry.valid ? p.green('✓') : p.red('✗');
      const verdict = entry.valid ? words.valid : words.invalid;
      let out = `${mark} ${p.bold(where)} ${p.dim('·')} ${type} ${p.dim('·')} ${entry.valid ? p.green(verdict) : p.red(verdict)}${counts ? ` (${counts})` : ''}\n`;
      for (const issue of issues) {
        const label = labels[issue.severity] ?? issue.severity;
        out += `    ${paint(issue.severity, label.padEnd(width))}  ${printable(issue.path === '' ? '/' : issue.path)}  ${printable(issue.message)} ${p.dim(`[${printable(issue.ruleId)}]`)}\n`;
      }
      await write(out);
    },
    async end(summary: ValidateSummary) {
      if (quiet) return;
      const text = summaryText(lang, summary);
      const colored = summary.errors > 0 || summary.invalid > 0 ? p.red(text) : p.green(text);
      await write(`\n${p.bold(colored)}\n`);
    },
  };
}
