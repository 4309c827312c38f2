/**
 * The style sheet of the HTML report, and the Content-Security-Policy that
 * allows exactly it (by its SHA-256): no script, no request, no inline style
 * attribute. Sorting and filtering by severity are pure CSS (`:has()`); a
 * browser without it shows every issue in document order.
 */
import { createHash } from 'node:crypto';

/** The report's CSS. */
export const HTML_REPORT_CSS = `
:root { color-scheme: light; --err: #a4161a; --warn: #7a4b00; --info: #0b5394; --line: #c9ccd1; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 3rem; font: 1rem/1.5 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1d21; background: #fff; }
h1 { font-size: 1.6rem; margin: 0.5rem 0; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; overflow-wrap: anywhere; }
code { font-family: ui-monospace, "DejaVu Sans Mono", Consolas, monospace; font-size: 0.92em; overflow-wrap: anywhere; }
a { color: #0b4f8a; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f1f3f5; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.valide { color: #1e6b2f; font-weight: 600; }
.non-valide, .non-lu { color: var(--err); font-weight: 600; }
fieldset { border: 1px solid var(--line); margin: 0.5rem 0; padding: 0.25rem 0.75rem 0.5rem; }
fieldset label { margin-right: 1.25rem; white-space: nowrap; }
.note { color: #45494f; font-size: 0.95rem; }
ol.constats { display: flex; flex-direction: column; list-style: none; padding: 0; margin: 0.5rem 0; gap: 0.5rem; }
ol.constats > li { border: 1px solid var(--line); border-left: 0.4rem solid var(--info); padding: 0.4rem 0.75rem; }
ol.constats > li.c-error { border-left-color: var(--err); }
ol.constats > li.c-warning { border-left-color: var(--warn); }
.gravite { font-weight: 700; margin-right: 0.5rem; }
.c-error .gravite { color: var(--err); }
.c-warning .gravite { color: var(--warn); }
.c-info .gravite { color: var(--info); }
.message { margin: 0 0 0.25rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.75rem; margin: 0; font-size: 0.95rem; }
dt { font-weight: 600; color: #33363b; }
dd { margin: 0; overflow-wrap: anywhere; }
.erreur-lecture { border-left: 0.4rem solid var(--err); padding: 0.4rem 0.75rem; background: #fdf1f1; }
body:has(#ordre-gravite:checked) ol.constats > li.c-error { order: 1; }
body:has(#ordre-gravite:checked) ol.constats > li.c-warning { order: 2; }
body:has(#ordre-gravite:checked) ol.constats > li.c-info { order: 3; }
body:has(#voir-error:not(:checked)) ol.constats > li.c-error,
body:has(#voir-warning:not(:checked)) ol.constats > li.c-warning,
body:has(#voir-info:not(:checked)) ol.constats > li.c-info { display: none; }
@media print { #affichage { display: none; } ol.constats > li { break-inside: avoid; } body { max-width: none; } }
`;

/** The report's Content-Security-Policy. */
export const HTML_REPORT_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(HTML_REPORT_CSS).digest('base64')}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
