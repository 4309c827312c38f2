/**
 * The validator page's script: reads the files chosen or dropped (with the
 * File API: nothing is sent anywhere), checks them, shows the report with its
 * filters and, for each document, its rendering in a frame.
 *
 * Every text from a file goes into the page through `textContent` or a
 * `srcdoc` frame whose own policy forbids scripts: a file cannot inject code.
 */
import { DOCUMENT_LAYOUTS, renderDocument, renderedTypeOf } from '@serafin-ph/render';
import type { Severity, DocumentType, ValidationIssue } from '@serafin-ph/validators';
import { checkBytes, fieldReferenceUrl, ruleReferenceUrl, type CheckedDocument, type ReferencePages } from './check-files.js';
import { fieldLocation, type LocationLayout } from './field-location.js';
import { unknownDocumentNote } from './unknown-document.js';
import { pageTexts, type PageLang, type PageTexts } from './texts.js';

declare const __REFERENCE_PAGES__: ReferencePages;
/** The English titles of each document type's fields (scripts/english-layouts.ts, written in by the build). */
declare const __ENGLISH_LAYOUTS__: Readonly<Record<DocumentType, LocationLayout>>;

/** The titles of a document type's fields in the page's language: the schema's French titles, or their English. */
function layoutOf(type: DocumentType): LocationLayout {
  return state.lang === 'en' ? __ENGLISH_LAYOUTS__[type] : DOCUMENT_LAYOUTS[type];
}

interface State {
  lang: PageLang;
  files: { name: string; bytes: Uint8Array }[];
}

const state: State = { lang: 'fr', files: [] };
let nextId = 0;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

function documentTitle(d: CheckedDocument, t: PageTexts): string {
  return d.line === undefined ? d.file : `${d.file}, ${t.line} ${d.line}`;
}

function issueRow(issue: ValidationIssue, type: DocumentType | null, t: PageTexts): HTMLTableRowElement {
  const path = issue.path === '' ? t.root : issue.path;
  // Where, in words (the schema's titles, as the rendering heads its parts), then the JSON Pointer.
  const location = type === null ? undefined : fieldLocation(layoutOf(type), issue.path, state.lang);
  const pointer = el('code', { class: 'pointeur' }, path);
  const field =
    type === null || location === undefined
      ? el('span', {}, pointer)
      : el('span', {}, el('a', { href: fieldReferenceUrl(__REFERENCE_PAGES__, type, issue.path), class: 'lieu' }, location), ' ', pointer);
  const rule = el('a', { href: ruleReferenceUrl(__REFERENCE_PAGES__, issue.ruleId) }, issue.ruleId);
  // Explicit table roles and each cell's column name: on a phone the rows become cards (page.css), which drops the table's own semantics.
  const cell = (label: string, ...content: (Node | string)[]) => el('td', { role: 'cell', 'data-label': label }, ...content);
  const row = el(
    'tr',
    { role: 'row', 'data-severity': issue.severity, 'data-rule': issue.ruleId },
    cell(t.colSeverity, t.severities[issue.severity]),
    cell(t.colRule, rule),
    cell(t.colPath, field),
    cell(t.colMessage, issue.message),
  );
  return row;
}

function filterSelect(id: string, label: string, options: readonly [string, string][], onChange: () => void): { wrapper: HTMLElement; select: HTMLSelectElement } {
  const select = el('select', { id });
  for (const [value, text] of options) select.append(el('option', { value }, text));
  select.addEventListener('change', onChange);
  return { wrapper: el('p', {}, el('label', { for: id }, label), select), select };
}

function documentSection(d: CheckedDocument, t: PageTexts): HTMLElement {
  const id = `doc-${++nextId}`;
  const verdict = d.report === undefined ? t.unreadable : d.report.valid ? t.valid : t.invalid;
  const ok = d.report?.valid === true;
  const heading = el('h3', { id }, `${documentTitle(d, t)} — `, el('span', { class: ok ? 'verdict-ok' : 'verdict-ko' }, verdict));
  const section = el('article', { class: 'document', 'aria-labelledby': id, 'data-verdict': d.report === undefined ? 'unreadable' : ok ? 'valid' : 'invalid' }, heading);
  if (d.report === undefined) {
    section.append(el('p', {}, d.readError ?? t.jsonError(d.syntaxError ?? '')));
    return section;
  }
  const issues = d.report.issues;
  const type = d.report.typeDocument;
  // The type in words (its schema's title), or what the file is when it is none of the three (a FHIR resource, a list…).
  section.append(
    type === null
      ? el('p', { class: 'type-inconnu' }, unknownDocumentNote(d.document, state.lang))
      : el('p', { class: 'type' }, t.documentType(layoutOf(type).root.t), ' ', el('code', {}, type)),
  );
  if (issues.length === 0) section.append(el('p', {}, t.noIssue));
  else {
    const count = el('p', { class: 'compte', 'aria-live': 'polite' });
    const rows = issues.map((i) => issueRow(i, d.report!.typeDocument, t));
    const apply = () => {
      let shown = 0;
      for (const row of rows) {
        const visible =
          (severity.select.value === '' || row.dataset['severity'] === severity.select.value) && (rule.select.value === '' || row.dataset['rule'] === rule.select.value);
        row.hidden = !visible;
        if (visible) shown++;
      }
      count.textContent = t.shown(shown, rows.length);
    };
    const severity = filterSelect(
      `${id}-gravite`,
      t.severityFilter,
      [['', t.all], ...SEVERITIES.filter((s) => issues.some((i) => i.severity === s)).map((s) => [s, t.severities[s]] as [string, string])],
      apply,
    );
    const ruleIds = [...new Set(issues.map((i) => i.ruleId))].sort();
    const rule = filterSelect(`${id}-regle`, t.ruleFilter, [['', t.all], ...ruleIds.map((r) => [r, r] as [string, string])], apply);
    const head = el(
      'thead',
      { role: 'rowgroup' },
      el('tr', { role: 'row' }, ...[t.colSeverity, t.colRule, t.colPath, t.colMessage].map((h) => el('th', { scope: 'col', role: 'columnheader' }, h))),
    );
    section.append(
      el('div', { class: 'filtres' }, severity.wrapper, rule.wrapper),
      count,
      el('table', { 'aria-labelledby': id, role: 'table', class: 'anomalies' }, head, el('tbody', { role: 'rowgroup' }, ...rows)),
    );
    apply();
  }
  if (renderedTypeOf(d.document) !== undefined) {
    const frameId = `${id}-rendu`;
    const toggle = el('button', { type: 'button', 'aria-expanded': 'false' }, t.showRendering);
    const save = el('button', { type: 'button' }, t.download);
    // The frame is made at the first click: a hidden iframe per document still cost a browsing context each
    // (836 of them took 5.5 of the 10 seconds a 5 MB NDJSON file of PAGs needed to show its results).
    let frame: HTMLIFrameElement | undefined;
    const html = (): string => renderDocument(d.document, { lang: state.lang, includePersonalData: personal().checked, maskedNotice: t.maskedNotice })!;
    toggle.addEventListener('click', () => {
      if (frame === undefined) {
        frame = el('iframe', { id: frameId, class: 'rendu', title: `${t.renderingTitle} ${documentTitle(d, t)}` });
        frame.hidden = true;
        frame.srcdoc = html();
        section.append(frame);
        toggle.setAttribute('aria-controls', frameId);
      }
      const open = frame.hidden;
      frame.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = open ? t.hideRendering : t.showRendering;
    });
    save.addEventListener('click', () => {
      const url = URL.createObjectURL(new Blob([html()], { type: 'text/html' }));
      const a = el('a', { href: url, download: `${d.file.replace(/\.(json|ndjson|jsonl)$/i, '')}${d.line === undefined ? '' : `-${d.line}`}.html` });
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });
    section.append(el('div', { class: 'actions' }, toggle, save));
  }
  return section;
}

/** Today, `AAAA-MM-JJ`, in the local time zone (as the date input reads it). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const personal = (): HTMLInputElement => document.getElementById('personnel') as HTMLInputElement;

function showResults(): void {
  const t = pageTexts(state.lang);
  const target = document.getElementById('resultats')!;
  if (state.files.length === 0) {
    target.replaceChildren(el('p', {}, t.noFile));
    document.getElementById('etat')!.textContent = '';
    return;
  }
  const date = (document.getElementById('date') as HTMLInputElement).value;
  const options = { lang: state.lang, includePersonalData: personal().checked, ...(date === '' ? {} : { referenceDate: date }) };
  const checked = state.files.flatMap((f) => checkBytes(f.name, f.bytes, options));
  const valid = checked.filter((d) => d.report?.valid === true).length;
  // The conditions of the check, in the results themselves: the form is not printed.
  const conditions = el('p', { class: 'conditions' }, t.conditions(date === '' ? undefined : date, today(), personal().checked));
  target.replaceChildren(el('p', { class: 'resume' }, t.summary(checked.length, valid)), conditions, ...checked.map((d) => documentSection(d, t)));
  // Screen readers hear the summary alone (the results were a live region: every report of every file was read out).
  document.getElementById('etat')!.textContent = t.summary(checked.length, valid);
}

async function addFiles(list: FileList | null): Promise<void> {
  if (list === null || list.length === 0) return;
  // The bytes, not f.text(): that decodes as UTF-8 and turns a Windows-1252 file's accents into « � » without a word.
  state.files = await Promise.all(Array.from(list).map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  showResults();
}

function applyLanguage(): void {
  const t = pageTexts(state.lang);
  document.documentElement.lang = state.lang;
  document.title = `${t.title} — @serafin-ph`;
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-t]'))) {
    const value = t[node.dataset['t'] as keyof PageTexts];
    if (typeof value === 'string') node.textContent = value;
  }
  const button = document.getElementById('langue')!;
  button.textContent = t.switchTo;
  button.setAttribute('lang', state.lang === 'fr' ? 'en' : 'fr');
  button.setAttribute('aria-label', t.switchLabel);
  showResults();
}

function start(): void {
  const input = document.getElementById('fichiers') as HTMLInputElement;
  input.addEventListener('change', () => void addFiles(input.files));
  const zone = document.getElementById('depot')!;
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('survol');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('survol'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('survol');
    void addFiles(e.dataTransfer?.files ?? null);
  });
  personal().addEventListener('change', showResults);
  document.getElementById('date')!.addEventListener('change', showResults);
  document.getElementById('langue')!.addEventListener('click', () => {
    state.lang = state.lang === 'fr' ? 'en' : 'fr';
    applyLanguage();
  });
}

start();
