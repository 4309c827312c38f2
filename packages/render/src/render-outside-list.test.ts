/**
 * A value outside its enumeration is whatever was typed there: a name written
 * into `donnePar` (a list of the project) or `statut` is masked like personal
 * data, in the page and in the field walk, unless personal data are shown.
 */
import { exampleDocuments } from '@serafin-ph/fixtures';
import { describe, expect, it } from 'vitest';
import { walkFields } from './layout/walk.js';
import { DOCUMENT_LAYOUTS } from './render-document.js';
import { renderPag } from './render-pag.js';

function pagWith(name: string): Record<string, any> {
  const pag = structuredClone(exampleDocuments().pag) as Record<string, any>;
  pag['consentement']['accordExpres']['donnePar'] = name;
  pag['demande']['declencheurs'] = ['priorite-comex', `${name} bis`];
  return pag;
}

describe('values outside their list in a rendered PAG', () => {
  it('are masked unless includePersonalData, in the page and in the field walk', () => {
    const pag = pagWith('Jean Castex');
    for (const lang of ['fr', 'en'] as const) {
      expect(renderPag(pag, { lang })).not.toContain('Castex');
      const shown = renderPag(pag, { lang, includePersonalData: true });
      expect(shown).toContain('Jean Castex');
      expect(shown).toContain('Jean Castex bis');
    }
    const walked = walkFields(pag, DOCUMENT_LAYOUTS.pag, {});
    const donnePar = walked.find((f) => f.pointer === '/consentement/accordExpres/donnePar');
    expect(donnePar?.personal).toBe(true);
    const statut = walked.find((f) => f.pointer === '/statut');
    expect(statut?.personal).toBe(false);
  });
});
