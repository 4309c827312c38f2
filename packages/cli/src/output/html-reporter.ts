/**
 * `--format html`: a self-contained report a person can open — a summary, a
 * table of the files, then one section per document (each NDJSON record is
 * one) with its issues: severity, message (as in the text output, with the
 * same masking of personal data), the field's schema titles and its path, the
 * rule with its title and its source. No script and no request: the page
 * declares a Content-Security-Policy that allows its own style sheet only;
 * issues can be ordered by severity and filtered with CSS alone.
 *
 * The sections are kept until the end (the summary comes first), as compact
 * HTML: a report of a very large NDJSON batch is as large as its issues.
 */
import { readFileSync } from 'node:fs';
import { fhirRule } from '@serafin-ph/fhir';
import { fieldSteps, type FieldStep } from '@serafin-ph/pag-schema';
import { escapeHtml } from '@serafin-ph/render';
import { ruleById } from '@serafin-ph/validators';
import { htmlReportText } from '../i18n/html-report-messages.js';
import { formatCount, type Lang } from '../i18n/messages.js';
import { SCHEMA_TYPES, schemaPath } from '../commands/schema-command.js';
import type { FileEntry, ValidateSummary } from '../validate/types.js';
import type { Severity, ValidationIssue } from '../validate/validators-contract.js';
import { HTML_REPORT_CSP, HTML_REPORT_CSS } from './html-styles.js';
import type { Reporter, Write } from './reporter.js';
import { locationOf, summaryText } from './text-reporter.js';

/** Options of {@link htmlReporter}. */
export interface HtmlReporterOptions {
  /** Language of the report's frame (the messages are already in it). */
  readonly lang: Lang;
  /** Version of serafin, printed in the header. */
  readonly version: string;
  /** `true` when the messages may quote personal data (`--include-personal-data`): the report says so. */
  readonly includePersonalData?: boolean;
  /** Time of the report (default: now). */
  readonly now?: Date;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** « : » with its no-break space in French, ": " in English. */
const colon = (lang: Lang): string => htmlReportText(lang).colon;

/** Text safe for HTML content and attributes; control characters become U+FFFD. */
function esc(text: string): string {
  return escapeHtml(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\uFFFD'));
}

type SchemaType = (typeof SCHEMA_TYPES)[number];
const schemas = new Map<SchemaType, Readonly<Record<string, unknown>> | null>();

function schemaOf(type: string | null): Readonly<Record<string, unknown>> | undefined {
  if (type === null || !(SCHEMA_TYPES as readonly string[]).includes(type)) return undefined;
  const t = type as SchemaType;
  if (!schemas.has(t)) {
    try {
      schemas.set(t, JSON.parse(readFileSync(schemaPath(t), 'utf8')) as Record<string, unknown>);
    } catch {
      schemas.set(t, null);
    }
  }
  return schemas.get(t) ?? undefined;
}

/** « Contexte › Besoins identifiés › 2e élément › Code du besoin », from the schema titles (French). */
function fieldLabel(steps: readonly FieldStep[], lang: Lang): string | undefined {
  const t = htmlReportText(lang);
  const parts = steps.map((s) => (s.index ? t.item(Number(s.token) + 1) : (s.title ?? s.token)));
  return steps.some((s) => s.title !== undefined) ? parts.join(' › ') : undefined;
}

function ruleHtml(ruleId: string, lang: Lang): { rule: string; source?: string } {
  const t = htmlReportText(lang);
  const rule = ruleById(ruleId);
  if (rule !== undefined) {
    const src = rule.source;
    const kind = t.sourceKinds[src.kind] ?? src.kind;
    const ref = src.url !== undefined ? `<a href="${esc(src.url)}" rel="noreferrer">${esc(src.reference)}</a>` : esc(src.reference);
    return { rule: `<code>${esc(ruleId)}</code> — ${esc(rule.title[lang])}`, source: `${esc(kind)}${colon(lang)}${ref}` };
  }
  const fhir = fhirRule(ruleId);
  if (fhir !== undefined) return { rule: `<code>${esc(ruleId)}</code> — ${esc(fhir[lang])}`, source: esc(fhir.source) };
  return { rule: `<code>${esc(ruleId)}</code>` };
}

function issueHtml(issue: ValidationIssue, type: string | null, lang: Lang): string {
  const t = htmlReportText(lang);
  const severity = SEVERITIES.includes(issue.severity) ? issue.severity : 'info';
  const schema = schemaOf(type);
  const steps = schema === undefined ? [] : fieldSteps(schema, issue.path);
  const label = issue.path === '' ? t.documentRoot : fieldLabel(steps, lang);
  const frLabel = label !== undefined && lang !== 'fr' && issue.path !== '' ? `<span lang="fr">${esc(label)}</span>` : label !== undefined ? esc(label) : '';
  const field = `${frLabel}${frLabel !== '' && issue.path !== '' ? ' ' : ''}${issue.path !== '' ? `<code>${esc(issue.path)}</code>` : ''}`;
  const { rule, source } = ruleHtml(issue.ruleId, lang);
  return (
    `<li class="c-${severity}"><p class="message"><span class="gravite">${esc(t.severity[severity])}</span>${esc(issue.message)}</p><dl>` +
    `<dt>${esc(t.field)}</dt><dd>${field}</dd><dt>${esc(t.rule)}</dt><dd>${rule}</dd>` +
    (source !== undefined ? `<dt>${esc(t.source)}</dt><dd>${source}</dd>` : '') +
    `</dl></li>`
  );
}

function counts(entry: FileEntry): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of entry.issues) if (i.severity in c) c[i.severity]++;
  return c;
}

/** A reporter writing the HTML report. */
export function htmlReporter(write: Write, options: HtmlReporterOptions): Reporter {
  const { lang, version } = options;
  const t = htmlReportText(lang);
  const rows: string[] = [];
  const sections: string[] = [];
  let n = 0;
  return {
    entry(entry: FileEntry) {
      n++;
      const id = `d${n}`;
      const where = esc(locationOf(entry));
      const type = entry.typeDocument ?? t.unknownType;
      const c = counts(entry);
      const result = entry.error
        ? `<span class="non-lu">${esc(t.unread)}</span>`
        : entry.valid
          ? `<span class="valide">${esc(t.valid)}</span>`
          : `<span class="non-valide">${esc(t.invalid)}</span>`;
      rows.push(
        `<tr><th scope="row"><a href="#${id}">${where}</a></th><td>${esc(type)}</td><td>${result}</td>` +
          SEVERITIES.map((s) => `<td class="n">${formatCount(lang, c[s])}</td>`).join('') +
          '</tr>',
      );
      let body: string;
      if (entry.error) {
        body = `<p class="erreur-lecture"><span class="gravite">${esc(t.inputError)}</span>${esc(entry.error.message)} <code>[${esc(entry.error.code)}]</code></p>`;
      } else if (entry.issues.length === 0) {
        body = `<p>${esc(t.noIssue)}</p>`;
      } else {
        body = `<ol class="constats" aria-label="${esc(`${t.issues} — ${locationOf(entry)}`)}">${entry.issues.map((i) => issueHtml(i, entry.typeDocument, lang)).join('')}</ol>`;
      }
      const line = SEVERITIES.filter((s) => c[s] > 0).map((s) => `${esc(t.severityPlural[s])}${colon(lang)}${formatCount(lang, c[s])}`);
      sections.push(
        `<section id="${id}" aria-labelledby="${id}-t"><h2 id="${id}-t">${where}</h2><p>${esc(t.type)}${colon(lang)}${esc(type)} · ${result}${line.length > 0 ? ` · ${line.join(', ')}` : ''}</p>${body}</section>`,
      );
    },
    async end(summary: ValidateSummary) {
      const when = (options.now ?? new Date()).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
      const anyIssue = summary.issues.error + summary.issues.warning + summary.issues.info > 0;
      const controls = anyIssue
        ? `<section id="affichage" aria-labelledby="affichage-t"><h2 id="affichage-t">${esc(t.display)}</h2>` +
          `<fieldset><legend>${esc(t.order)}</legend><input type="radio" name="ordre" id="ordre-gravite" checked> <label for="ordre-gravite">${esc(t.bySeverity)}</label>` +
          `<input type="radio" name="ordre" id="ordre-document"> <label for="ordre-document">${esc(t.inDocumentOrder)}</label></fieldset>` +
          `<fieldset><legend>${esc(t.shown)}</legend>${SEVERITIES.map((s) => `<input type="checkbox" id="voir-${s}" checked> <label for="voir-${s}">${esc(t.severityPlural[s])}</label>`).join('')}</fieldset>` +
          `<p class="note">${esc(t.noCssNote)}</p></section>`
        : '';
      const head =
        `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
        `<meta http-equiv="Content-Security-Policy" content="${HTML_REPORT_CSP}">\n<meta name="referrer" content="no-referrer">\n` +
        `<title>${esc(t.title)} — ${esc(summaryText(lang, summary))}</title>\n<style>${HTML_REPORT_CSS}</style>\n</head>\n<body>\n` +
        `<header><h1>${esc(t.heading)}</h1><p>${esc(t.produced(version, when))}</p></header>\n<main>\n` +
        `<section aria-labelledby="synthese-t"><h2 id="synthese-t">${esc(t.summary)}</h2><p>${esc(summaryText(lang, summary))}</p>` +
        `<p class="note">${esc(options.includePersonalData === true ? t.unmasked : t.masking)}</p>` +
        (rows.length > 0
          ? `<table><caption>${esc(t.filesTable)}</caption><thead><tr><th scope="col">${esc(t.file)}</th><th scope="col">${esc(t.type)}</th><th scope="col">${esc(t.result)}</th>${SEVERITIES.map((s) => `<th scope="col">${esc(t.severityPlural[s])}</th>`).join('')}</tr></thead><tbody>\n`
          : '');
      await write(head);
      // rows and sections in slices, so that the stream applies backpressure
      for (let i = 0; i < rows.length; i += 500) await write(rows.slice(i, i + 500).join('\n') + '\n');
      await write(`${rows.length > 0 ? '</tbody></table>' : ''}</section>\n${controls}\n`);
      for (let i = 0; i < sections.length; i += 200) await write(sections.slice(i, i + 200).join('\n') + '\n');
      await write('</main>\n</body>\n</html>\n');
    },
  };
}
