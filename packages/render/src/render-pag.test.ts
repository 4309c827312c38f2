import { scenarios } from '@serafin-ph/fixtures';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html/escape.js';
import { renderDocument, renderDocumentFragment, renderedTypeOf, DOCUMENT_LAYOUTS } from './render-document.js';
import { renderPag } from './render-pag.js';
import { walkFields } from './layout/walk.js';
import { valueLabel } from './format/value-labels.js';
import type { LayoutNode } from './layout/layout-model.js';
import type { Pag } from '@serafin-ph/pag-schema/types';

/** Every primitive leaf of a JSON value, by JSON Pointer: walked independently of the renderer. */
function leaves(value: unknown, pointer = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const stack: [unknown, string][] = [[value, pointer]];
  while (stack.length > 0) {
    const [v, p] = stack.pop()!;
    if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, `${p}/${i}`]));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) stack.push([x, `${p}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
    else out.set(p, v);
  }
  return out;
}

describe('renderDocument on every scenario', () => {
  for (const s of scenarios) {
    describe(s.id, () => {
      const document = s.document();
      const type = renderedTypeOf(document)!;
      const html = renderDocument(document, { includePersonalData: true })!;

      it('renders a complete French page', () => {
        expect(type).toBe(s.typeDocument);
        expect(html.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true);
        expect(html).toContain(`<h1>${escapeHtml(DOCUMENT_LAYOUTS[type].root.t)}</h1>`);
        expect(html.trimEnd().endsWith('</html>')).toBe(true);
      });

      it('shows every filled field: its title and its value', () => {
        const fields = walkFields(document, DOCUMENT_LAYOUTS[type]);
        // The walker reaches every primitive leaf of the document.
        expect(new Set(fields.map((f) => f.pointer))).toEqual(new Set(leaves(document).keys()));
        for (const f of fields) {
          expect(html, `${f.pointer} title`).toContain(escapeHtml(f.title));
          expect(html, `${f.pointer} value`).toContain(escapeHtml(f.text.value));
          if (f.text.label !== undefined) expect(html, `${f.pointer} label`).toContain(escapeHtml(f.text.label));
        }
      });

      it('reads every value of a coded field (lists of codes included) as a code', () => {
        for (const f of walkFields(document, DOCUMENT_LAYOUTS[type])) {
          if (/\/(categoriesEtablissement|autorises|deroges|autorisees|derogees)\/\d+$/.test(f.pointer)) expect(f.text.label, f.pointer).toBeDefined();
        }
      });

      it('shows every code with its official label, never an unknown-code note', () => {
        const coded = walkFields(document, DOCUMENT_LAYOUTS[type]).filter((f) => f.text.note !== undefined);
        // CNSA 2018 codes whose label no source establishes are the only codes without a label.
        for (const f of coded) expect(f.text.note, f.pointer).toBe('libellé non établi par les sources');
      });

      it('hides every personal value by default', () => {
        const maskedHtml = renderDocument(document)!;
        expect(maskedHtml).toContain('Donnée personnelle masquée');
        const fields = walkFields(document, DOCUMENT_LAYOUTS[type]);
        const publicTexts = fields.filter((g) => !g.personal).map((g) => g.text.value);
        const publicValues = fields.filter((g) => !g.personal).map((g) => g.value);
        for (const f of fields) {
          if (!f.personal || typeof f.value !== 'string' || f.value.length < 12) continue;
          // Long personal texts (names are shorter and may also appear in public fields) never show.
          // A code (a domain, a role…) a public field of the document also holds is shown there, not leaked from here.
          const publicElsewhere = publicTexts.some((t) => t.includes(f.value as string)) || publicValues.includes(f.value);
          if (!publicElsewhere) expect(maskedHtml, f.pointer).not.toContain(escapeHtml(f.value));
        }
      });

      if (type === 'pag') {
        it('embeds the timetable with one block per slot', () => {
          const slots = ((document as { annexes?: { emploiDuTemps?: unknown[] } }).annexes?.emploiDuTemps ?? []).length;
          expect(html.match(/<g class="creneau"/g)?.length ?? 0).toBe(slots);
          if ((document as { annexes?: unknown }).annexes !== undefined) {
            expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="emploi-du-temps" role="img"');
          }
        });
      }
    });
  }
});

describe('renderPag', () => {
  const pag = scenarios.find((s) => s.id === 'ase-itep-sessad')!.document();

  it('writes dates in French words, with the machine form in <time>', () => {
    const html = renderPag(pag, { includePersonalData: true });
    expect(html).toContain('<time datetime="2025-02-27">27 février 2025</time>');
  });

  it('writes the project’s own values in words, the value as written kept in <data value>', () => {
    const html = renderPag(pag, { includePersonalData: true });
    expect(html).toContain('<data value="premiere-demande">première demande de PAG</data>');
    expect(renderPag(pag, { lang: 'en' })).toContain('<data value="premiere-demande">first PAG request</data>');
  });

  it('writes every value of the documents’ own enumerations and constants in words, in both languages (none shown as a bare slug)', () => {
    const missing: string[] = [];
    for (const [type, layout] of Object.entries(DOCUMENT_LAYOUTS)) {
      const seen = new Set<LayoutNode>();
      const visit = (node: LayoutNode, where: string): void => {
        if (seen.has(node)) return;
        seen.add(node);
        if (node.k === 'enum' || node.k === 'const') {
          // Written as they are: a version, the discriminant, a code system's URL.
          if (/\/(versionSchema|typeDocument)$/.test(where) || (node.k === 'const' && /^https:\/\//.test(String(node.v)))) return;
          const values = node.k === 'enum' ? node.v : [node.v];
          values.forEach((v, i) => {
            const described = node.k === 'enum' && node.d?.[i] !== undefined;
            if (!described && (valueLabel(v, 'fr') === undefined || valueLabel(v, 'en') === undefined)) missing.push(`${where} ${String(v)}`);
          });
        } else if (node.k === 'object') for (const [k, child] of node.props) visit(child, `${where}/${k}`);
        else if (node.k === 'array') visit(node.items, `${where}/*`);
        else if (node.k === 'union') for (const b of node.of) visit(b, where);
        else if (node.k === 'ref') visit(layout.defs[node.ref]!, `${type}#${node.ref}`);
      };
      visit(layout.root, '');
    }
    expect(missing).toEqual([]);
  });

  it('shows an ended PAG’s end without validation, its place of life and its numbering in words', () => {
    const pagDoc = pag as Pag;
    const ended = { ...pagDoc, statut: 'termine', finSansValidation: 'refus-accord-prealable', situation: { ...pagDoc.situation, lieuDeVie: { type: 'domicile-familial' } } };
    const html = renderPag(ended, { includePersonalData: true });
    expect(html).toContain('<data value="refus-accord-prealable">refus de l’accord préalable (élaboration refusée)</data>');
    expect(html).toContain('<data value="domicile-familial">domicile familial</data>');
    expect(renderPag(ended, { lang: 'en' })).toContain('<data value="refus-accord-prealable">prior consent refused (drawing up refused)</data>');
    const cnsa = { ...pagDoc, contexte: { ...pagDoc.contexte, besoins: [{ besoin: { code: '1.3.2.1', numerotation: 'cnsa-2018' } }] } };
    expect(renderPag(cnsa, { includePersonalData: true })).toContain('<data value="cnsa-2018">numérotation CNSA 2018</data>');
  });

  it('says a group left empty holds nothing (a draft’s consent), rather than a heading over nothing', () => {
    const html = renderPag({ ...pag, consentement: {} }, { includePersonalData: true });
    expect(html).toMatch(/<h2 id="[^"]+">Consentement<\/h2><p class="vide">Aucun élément<\/p><\/section>/);
  });

  it('says in the header which date is the validation and which the end of an ended PAG', () => {
    const ended = { ...(pag as Pag), statut: 'termine', dateValidation: '2025-06-19', dateFin: '2026-09-30', motifFin: '6' };
    expect(renderPag(ended)).toMatch(/<header class="entete">.*<p>[^<]* · terminé · validé le 19 juin 2025 · fin le 30 septembre 2026<\/p><\/header>/);
    expect(renderPag(ended, { lang: 'en' })).toContain(' · ended · validated on 19 June 2025 · ended on 30 September 2026</p></header>');
  });

  it('lets an application word the masked-data notice for its own users', () => {
    expect(renderPag(pag)).toContain('option includePersonalData, ou --include-personal-data de serafin render');
    const html = renderPag(pag, { maskedNotice: 'Pour les afficher, cochez « Montrer les données personnelles » <en haut>.' });
    expect(html).toContain('<p class="avis">Pour les afficher, cochez « Montrer les données personnelles » &lt;en haut&gt;.</p>');
    expect(html).not.toContain('includePersonalData');
    expect(renderPag(pag, { includePersonalData: true, maskedNotice: 'x' })).not.toContain('<p class="avis">');
  });

  it('writes dates and interface words in English with lang: en', () => {
    const html = renderPag(pag, { lang: 'en', includePersonalData: true });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<time datetime="2025-02-27">27 February 2025</time>');
    expect(html).toContain('Identity and lifecycle of the document');
  });

  it('shows a field outside the schema under its property name (nothing lost)', () => {
    const html = renderPag({ ...pag, champInconnu: 'valeur' }, { includePersonalData: true });
    expect(html).toContain('champInconnu <span class="note">(Champ hors du schéma)</span>');
    expect(html).toContain('valeur');
  });

  it('never throws, whatever it is given', () => {
    for (const v of [null, undefined, 42, 'pag', [], { typeDocument: 'pag', engagements: 'x', annexes: { emploiDuTemps: [null, 3, { jour: 'x' }] } }]) {
      expect(() => renderPag(v)).not.toThrow();
    }
  });

  it('declares a CSP without script, network or inline style other than its own', () => {
    const html = renderPag(pag);
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src data:; base-uri 'none'; form-action 'none'">/,
    );
    expect(html).not.toMatch(/<script|style="|\son[a-z]+=/i);
  });
});

describe('renderTableauDerogations and renderConvention', () => {
  it('render the derogation table as a table: one row per line, column headers from the schema', () => {
    let checked = 0;
    for (const s of scenarios.filter((x) => x.typeDocument !== 'pag')) {
      const document = s.document() as { lignes?: unknown[]; annexeTableauDerogations?: { tableau?: { lignes?: unknown[] } } };
      const lignes = document.lignes ?? document.annexeTableauDerogations?.tableau?.lignes;
      if (lignes === undefined) continue;
      const html = renderDocument(document, { includePersonalData: true })!;
      const tables = [...html.matchAll(/<table aria-labelledby="[^"]+"><thead><tr>((?:<th scope="col">.*?<\/th>)+)<\/tr><\/thead><tbody>(.*?)<\/tbody><\/table>/g)];
      const table = tables.find((t) => t[1]!.includes('>Objet</th>') || t[1]!.includes('Famille'));
      expect(table, s.id).toBeDefined();
      expect(table![2]!.match(/<tr>/g)?.length, s.id).toBe(lignes.length);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });
});

describe('two PAGs on one page', () => {
  it('each printed timetable part points at its own PAG’s picture (ids carry the identifier)', () => {
    const base = scenarios.find((s) => s.id === 'ase-itep-sessad')!.document() as Pag;
    const night = (id: string) => {
      const d = structuredClone(base);
      d.identifiant = id;
      const slot = d.annexes?.emploiDuTemps[0];
      if (slot) Object.assign(slot, { heureDebut: '20:00', heureFin: '08:00', finLendemain: true });
      return d;
    };
    const page = [renderDocumentFragment(night('PAG-A 1')), renderDocumentFragment(night('PAG-B/2'))].join('');
    const ids = [...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    const refs = [...page.matchAll(/<use href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs)
      expect(
        ids.filter((id) => id === ref),
        ref,
      ).toHaveLength(1);
    expect(refs.filter((r) => r.startsWith('edt-PAG-A_1-')).length).toBe(refs.filter((r) => r.startsWith('edt-PAG-B_2-')).length);
  });
});
