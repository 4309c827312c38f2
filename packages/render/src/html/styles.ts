/**
 * The stylesheet of the rendered documents: readable on screen, A4 on paper
 * (each part of the PAG on a new page, no navigation, table headers repeated,
 * rows never split; the timetable on landscape pages, a whole-day one in two
 * half-day pictures shown only in print). Colours meet WCAG 2.1 AA contrast on white.
 *
 * Its SHA-256 is computed at generation time (`src/generated/styles-hash.ts`)
 * for the Content-Security-Policy of the rendered pages.
 */
export const RENDER_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 16px; line-height: 1.45; color: #1a1a1a; background: #ffffff; }
.document { max-width: 62rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
.entete { border-bottom: 3px solid #00266b; margin-bottom: 1rem; }
.entete p { margin: 0.25rem 0; color: #333333; }
h1 { font-size: 1.8rem; color: #00266b; margin: 0.25rem 0 0.5rem; }
h2 { font-size: 1.4rem; color: #00266b; border-bottom: 1px solid #8fa3c7; padding-bottom: 0.2rem; margin: 2rem 0 0.75rem; }
h3 { font-size: 1.15rem; color: #1a1a1a; margin: 1.4rem 0 0.5rem; }
h4, h5, h6 { font-size: 1rem; color: #1a1a1a; margin: 1rem 0 0.4rem; }
.avis { border-left: 4px solid #8a4b00; background: #fff6e8; padding: 0.5rem 0.75rem; margin: 1rem 0; }
nav.sommaire ol { margin: 0.25rem 0 0; padding-left: 1.5rem; columns: 2; }
nav.sommaire a { color: #0b4fa8; }
dl.champs { display: grid; grid-template-columns: minmax(10rem, 16rem) 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0 1rem; }
dl.champs .champ { display: contents; }
dl.champs dt { font-weight: 600; color: #333333; }
dl.champs dd { margin: 0; white-space: pre-line; overflow-wrap: anywhere; }
dl.compact { grid-template-columns: auto 1fr; margin: 0; font-size: 0.92em; }
td dl.compact { display: block; }
td dl.compact dt { margin-top: 0.2rem; }
td dl.champs dd { overflow-wrap: normal; }
ul.valeurs { margin: 0; padding-left: 1.1rem; }
.code { font-variant-numeric: tabular-nums; font-weight: 600; }
.note, .vide, .masque { color: #595959; font-style: italic; }
.element { border-left: 3px solid #c9d3e6; padding-left: 0.9rem; margin: 0.75rem 0 1.25rem; }
.tableau { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.95em; }
th, td { border: 1px solid #8a8a8a; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; hyphens: auto; }
thead th { background: #e8edf7; color: #1a1a1a; }
figure.edt { margin: 0.5rem 0 1rem; overflow-x: auto; }
figure.edt svg { max-width: 100%; height: auto; }
figure.edt figcaption { color: #333333; font-size: 0.95em; }
.edt-impression { display: none; }
.pied { margin-top: 2rem; border-top: 1px solid #8a8a8a; padding-top: 0.5rem; color: #595959; font-size: 0.9em; }
@media (max-width: 40rem) {
  .document { padding: 1rem 0.75rem 2rem; }
  dl.champs { grid-template-columns: minmax(0, 1fr); gap: 0; }
  dl.champs dd { margin-bottom: 0.45rem; }
  nav.sommaire ol { columns: 1; }
}
@page { size: A4; margin: 16mm 14mm 18mm; }
@page paysage { size: A4 landscape; margin: 12mm; }
@media print {
  body { font-size: 10.5pt; }
  .document { max-width: none; padding: 0; }
  nav.sommaire { display: none; }
  .partie { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  tr, .champ, figure.edt { break-inside: avoid; }
  thead { display: table-header-group; }
  .tableau { overflow: visible; }
  th, td, td dl.champs dd { overflow-wrap: break-word; }
  .partie:has(figure.edt.paysage) { page: paysage; }
  figure.edt.paysage svg { width: 100%; max-height: 170mm; }
  figure.edt.ecran { display: none; }
  .edt-impression { display: block; }
  .edt-impression figure + figure { break-before: page; }
  a { color: inherit; text-decoration: none; }
}
`;
