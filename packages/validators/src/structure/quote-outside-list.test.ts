/**
 * A value outside its closed list is whatever was typed: a name written into
 * `donnePar` or `jour` must not reach the messages unless personal data are
 * asked for. Near misses of an allowed value, codes and versions are still
 * quoted (they help and cannot be personal).
 */
import { exampleDocuments } from '@serafin-ph/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../../scripts/lib/property-runs.js';
import { validate } from '../index.js';

function withValue(set: (pag: Record<string, any>) => void): unknown {
  const pag = structuredClone(exampleDocuments().pag) as Record<string, any>;
  set(pag);
  return pag;
}

const texts = (r: ReturnType<typeof validate>) => r.issues.flatMap((i) => [i.message, JSON.stringify(i.details ?? {})]);

describe('values outside their list in structural messages', () => {
  it('a name typed into an enumerated field is not quoted (message or details), unless includePersonalData', () => {
    const doc = withValue((p) => {
      p['consentement']['accordExpres']['donnePar'] = 'Jean Castex';
      if (p['annexes']?.['emploiDuTemps']?.[0]) p['annexes']['emploiDuTemps'][0]['jour'] = 'Lundi Castex';
    });
    for (const lang of ['fr', 'en'] as const) {
      const report = validate(doc, { lang, referenceDate: '2026-12-01' });
      const valeur = report.issues.filter((i) => i.ruleId === 'STRUCTURE-VALEUR');
      expect(valeur.map((i) => i.path)).toContain('/consentement/accordExpres/donnePar');
      for (const t of texts(report)) expect(t).not.toMatch(/Castex/);
      const shown = validate(doc, { lang, referenceDate: '2026-12-01', includePersonalData: true });
      expect(shown.issues.find((i) => i.path === '/consentement/accordExpres/donnePar')?.message).toContain('Jean Castex');
    }
  });

  it('near misses, codes and versions are still quoted', () => {
    const report = validate(
      withValue((p) => {
        p['statut'] = 'Validé';
      }),
      { referenceDate: '2026-12-01' },
    );
    expect(report.issues.find((i) => i.path === '/statut')?.message).toContain('« Validé »');
    for (const code of ['archive', 'domicile-familial', 'MERE']) {
      const r = validate(
        withValue((p) => {
          p['statut'] = code;
        }),
        { referenceDate: '2026-12-01' },
      );
      expect(r.issues.find((i) => i.path === '/statut')?.message).toContain(`« ${code} »`);
    }
    const version = validate(
      withValue((p) => {
        p['versionSchema'] = '9.9.9';
      }),
      { referenceDate: '2026-12-01' },
    );
    expect(version.issues.map((i) => i.message).join(' ')).toContain('9.9.9');
  });

  it('no drawn name-like value of an enumerated field reaches any message or details', () => {
    const name = fc
      .tuple(fc.constantFrom('Jean', 'Marie', 'Dupont', 'DUPONT', 'Nguyen', 'Léa', 'Zoé', 'jean dupont'), fc.constantFrom(' Castex', ' Durand', '-Paule', '', ' 0612345678'))
      .map(([a, b]) => a + b);
    const fields: ((p: Record<string, any>, v: string) => void)[] = [
      (p, v) => (p['consentement']['accordExpres']['donnePar'] = v),
      (p, v) => (p['statut'] = v),
      (p, v) => (p['situation']['personne']['sexe'] = v),
      (p, v) => (p['demande']['natureDemande'] = v),
    ];
    fc.assert(
      fc.property(name, fc.constantFrom(...fields), fc.constantFrom('fr' as const, 'en' as const), (v, set, lang) => {
        const report = validate(
          withValue((p) => set(p, v)),
          { lang, referenceDate: '2026-12-01' },
        );
        expect(report.valid).toBe(false);
        for (const t of texts(report)) expect(t).not.toContain(v);
      }),
      { numRuns: runs(200) },
    );
  });
});
