/**
 * `--format junit`: JUnit XML for CI servers (GitLab, Jenkins, GitHub
 * actions reporters): one `<testcase>` per document, `<failure>` for an
 * invalid document, `<error>` for an input that could not be read or parsed.
 *
 * The totals go in the opening tags, so test cases are spooled until the end:
 * in memory up to 4 MiB, then in a temporary file (memory stays bounded on
 * huge NDJSON batches). No timestamps or durations: the same inputs give the
 * same bytes.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plural, severityLabel, type Lang } from '../i18n/messages.js';
import type { FileEntry, ValidateSummary } from '../validate/types.js';
import type { Reporter, Write } from './reporter.js';
import { locationOf, summaryText } from './text-reporter.js';
import { xmlAttribute, xmlText } from './xml.js';

const MEMORY_LIMIT = 4 * 1024 * 1024;

/** Accumulates text in memory, then in a temporary file past a limit. */
class Spool {
  private parts: string[] = [];
  private size = 0;
  private fd: number | undefined;
  private dir: string | undefined;

  constructor(private readonly limit: number) {}

  add(text: string): void {
    if (this.fd !== undefined) {
      writeSync(this.fd, text);
      return;
    }
    this.parts.push(text);
    this.size += text.length;
    if (this.size > this.limit) {
      try {
        this.dir = mkdtempSync(join(tmpdir(), 'serafin-junit-'));
        this.fd = openSync(join(this.dir, 'testcases.xml'), 'w+');
        writeSync(this.fd, this.parts.join(''));
        this.parts = [];
      } catch {
        this.fd = undefined; // no temporary folder: keep going in memory
      }
    }
  }

  async drain(write: Write): Promise<void> {
    if (this.fd === undefined) {
      await write(this.parts.join(''));
      this.parts = [];
      return;
    }
    const buffer = Buffer.alloc(1024 * 1024);
    const decoder = new TextDecoder();
    let position = 0;
    for (;;) {
      const n = readSync(this.fd, buffer, 0, buffer.length, position);
      if (n === 0) break;
      position += n;
      await write(decoder.decode(buffer.subarray(0, n), { stream: true }));
    }
    await write(decoder.decode());
    this.dispose();
  }

  dispose(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true });
    this.fd = undefined;
    this.dir = undefined;
  }
}

/** A reporter writing JUnit XML. */
export function junitReporter(write: Write, options: { lang: Lang; spoolLimit?: number }): Reporter {
  const { lang } = options;
  const spool = new Spool(options.spoolLimit ?? MEMORY_LIMIT);
  let tests = 0;
  let failures = 0;
  let errors = 0;

  return {
    entry(entry: FileEntry) {
      tests++;
      const name = entry.line !== undefined ? `${entry.path}:${entry.line}` : entry.path;
      const classname = entry.typeDocument ?? 'serafin';
      let xml = `    <testcase classname="${xmlAttribute(classname)}" name="${xmlAttribute(name)}" file="${xmlAttribute(entry.path)}"`;
      if (entry.error) {
        errors++;
        xml += `>\n      <error type="${xmlAttribute(entry.error.code)}" message="${xmlAttribute(entry.error.message)}">${xmlText(`${locationOf(entry)} ${entry.error.message}`)}</error>\n    </testcase>\n`;
      } else {
        const lines = entry.issues.map((i) => `${severityLabel(lang, i.severity)} ${i.path === '' ? '/' : i.path} [${i.ruleId}] ${i.message}`);
        if (!entry.valid) {
          failures++;
          const errorCount = entry.issues.filter((i) => i.severity === 'error').length;
          const message = plural(lang, errorCount, 'erreur', 'error');
          xml += `>\n      <failure type="invalid" message="${xmlAttribute(message)}">${xmlText(lines.join('\n'))}</failure>\n    </testcase>\n`;
        } else if (lines.length > 0) {
          xml += `>\n      <system-out>${xmlText(lines.join('\n'))}</system-out>\n    </testcase>\n`;
        } else {
          xml += ' />\n';
        }
      }
      spool.add(xml);
    },
    async end(summary: ValidateSummary) {
      const counts = `tests="${tests}" failures="${failures}" errors="${errors}" skipped="0"`;
      await write(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="serafin validate" ${counts}>\n`);
      await write(`  <testsuite name="serafin validate" ${counts}>\n`);
      await write(`    <properties>\n      <property name="summary" value="${xmlAttribute(summaryText(lang, summary))}" />\n    </properties>\n`);
      try {
        await spool.drain(write);
      } finally {
        spool.dispose();
      }
      await write('  </testsuite>\n</testsuites>\n');
    },
  };
}
