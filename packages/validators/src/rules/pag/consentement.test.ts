import { describe, expect, it } from 'vitest';
import { cleanPag, mutate } from '../../../test/support/documents.js';
import { describeRule } from '../../../test/support/rule-test.js';
import { agreementProblem } from './consentement.js';
import { renderMessage } from '../../messages.js';
import { PAG_MESSAGES_EN } from './messages/en.js';

describeRule('PAG-CONSENTEMENT-001', (t) => {
  t.passes(cleanPag());
  t.passes(
    mutate(cleanPag(), (d) => {
      d.statut = 'brouillon';
      delete d.consentement.accordPrealable;
    }),
  );
  t.fails(
    mutate(cleanPag(), (d) => delete d.consentement.accordPrealable),
    { path: '/consentement/accordPrealable', severity: 'error' },
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      d.statut = 'elabore';
      delete d.consentement.accordPrealable;
    }),
    { path: '/consentement/accordPrealable', severity: 'warning' },
  );
});

describeRule('PAG-CONSENTEMENT-002', (t) => {
  t.passes(cleanPag());
  // Probe 3, PAG 05: the father refuses the draft plan after it was drawn up; the PAG ends without validation.
  t.passes(
    mutate(cleanPag(), (d) => {
      d.statut = 'termine';
      d.dateFin = '2025-03-20';
      d.motifFin = '5';
      d.finSansValidation = 'refus-accord-prealable';
      delete d.dateValidation;
      delete d.validationPlan;
      delete d.consentement.accordExpres;
      if (d.consentement.accordPrealable && d.dateElaboration) d.consentement.accordPrealable.date = d.dateElaboration.replace(/..$/, '28');
    }),
    undefined,
    'the date of a refused prior agreement after the elaboration',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      if (d.consentement.accordPrealable) d.consentement.accordPrealable.date = '2025-02-25';
    }),
    { path: '/consentement/accordPrealable/date' },
  );
});

describeRule('PAG-CONSENTEMENT-003', (t) => {
  t.passes(cleanPag());
  // The person is 15: her own agreement is not enough.
  t.fails(
    mutate(cleanPag(), (d) => {
      if (d.consentement.accordPrealable) d.consentement.accordPrealable.donnePar = 'personne';
    }),
    { path: '/consentement/accordPrealable/donnePar' },
  );
  // An adult without a protection measure agrees herself, not her parents.
  const adult = mutate(cleanPag(), (d) => {
    d.situation.personne.dateNaissance = '1990-01-01';
  });
  t.fails(adult, { path: '/consentement/accordPrealable/donnePar' });
  t.passes(
    mutate(adult, (d) => {
      for (const a of [d.consentement.accordPrealable, d.consentement.accordExpres]) if (a) a.donnePar = 'personne';
    }),
  );
});

describeRule('PAG-CONSENTEMENT-004', (t) => {
  t.passes(cleanPag());
  t.passes(
    mutate(cleanPag(), (d) => {
      d.statut = 'elabore';
      delete d.consentement.accordExpres;
    }),
  );
  t.fails(
    mutate(cleanPag(), (d) => delete d.consentement.accordExpres),
    { path: '/consentement/accordExpres' },
  );
});

describeRule('PAG-CONSENTEMENT-005', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      if (d.consentement.accordExpres) d.consentement.accordExpres.donnePar = 'personne-chargee-mesure-protection';
    }),
    { path: '/consentement/accordExpres/donnePar' },
  );
  // An adult under guardianship with representation relative to the person: the guardian may agree.
  const protectedAdult = mutate(cleanPag(), (d) => {
    d.situation.personne.dateNaissance = '1990-01-01';
    d.situation.mesureProtection = { type: 'TUTELLE', avecRepresentationPersonne: true, personneChargee: { nom: 'Tuteur' } };
    for (const a of [d.consentement.accordPrealable, d.consentement.accordExpres]) if (a) a.donnePar = 'personne-chargee-mesure-protection';
    if (d.consentement.accordExpres) d.consentement.accordExpres.avisPersonneProtegee = 'Favorable';
  });
  t.passes(protectedAdult);
  // …but not if the measure is an assistance measure (curatelle).
  t.fails(
    mutate(protectedAdult, (d) => {
      if (d.situation.mesureProtection) d.situation.mesureProtection.type = 'CURATELLE_RENFORCEE';
    }),
    { path: '/consentement/accordExpres/donnePar' },
  );
  // Probe 4, PAG 01: a minor emancipated at sixteen or more (Code civil, art. 413-2 and 413-6, `situation.emancipation`,
  // 1.1.0) consents like an adult; the schema could not say so and the PAG was rejected until December 2026.
  const emancipated = mutate(cleanPag(), (d) => {
    d.situation.personne.dateNaissance = '2008-05-12';
    d.situation.emancipation = { date: '2024-09-02', precision: 'Jugement du juge des tutelles.' };
    delete d.situation.titulairesAutoriteParentale;
    for (const a of [d.consentement.accordPrealable, d.consentement.accordExpres]) {
      if (a === undefined) continue;
      a.donnePar = 'personne';
      delete a.avisMineur;
      delete a.titulaires;
    }
  });
  t.passes(emancipated, undefined, 'emancipated minor who agrees alone');
  t.fails(
    mutate(emancipated, (d) => {
      if (d.consentement.accordExpres) d.consentement.accordExpres.donnePar = 'parents';
    }),
    { path: '/consentement/accordExpres/donnePar', check: (issues) => expect(issues[0]?.message).toMatch(/mineure émancipée/) },
    undefined,
    'emancipated minor: the parents no longer agree (art. 413-7)',
  );
  t.fails(
    mutate(emancipated, (d) => {
      if (d.situation.emancipation) d.situation.emancipation.date = '2025-03-06';
    }),
    { path: '/consentement/accordExpres/donnePar', check: (issues) => expect(issues[0]?.message).toMatch(/renseignez « situation\.emancipation »/) },
    undefined,
    'emancipated after the express agreement: a minor on that date',
  );
  t.fails(
    mutate(emancipated, (d) => {
      d.situation.personne.dateNaissance = '2009-05-12';
    }),
    { path: '/consentement/accordExpres/donnePar' },
    undefined,
    'an emancipation before sixteen is not one (art. 413-2)',
  );
});

describeRule('PAG-CONSENTEMENT-006', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      if (d.consentement.accordExpres) d.consentement.accordExpres.date = '2025-03-12';
    }),
    { path: '/dateValidation', severity: 'warning' },
  );
});

describeRule('PAG-CONSENTEMENT-007', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      if (d.consentement.accordExpres) d.consentement.accordExpres.date = '2025-01-20';
    }),
    { path: '/consentement/accordExpres/date' },
  );
});

describeRule('PAG-CONSENTEMENT-008', (t) => {
  const adult = mutate(cleanPag(), (d) => {
    d.situation.personne.dateNaissance = '1990-01-01';
    d.situation.mesureProtection = { type: 'TUTELLE', avecRepresentationPersonne: true, personneChargee: { nom: 'Tuteur' } };
    for (const a of [d.consentement.accordPrealable, d.consentement.accordExpres]) if (a) a.donnePar = 'personne-chargee-mesure-protection';
  });
  t.fails(adult, { path: '/consentement/accordExpres/avisPersonneProtegee', severity: 'warning' });
  t.passes(
    mutate(adult, (d) => {
      if (d.consentement.accordExpres) d.consentement.accordExpres.avisPersonneProtegee = 'La personne approuve le plan.';
    }),
  );
});

describe('agreementProblem', () => {
  it('accepts the parents or the legal representative of a minor only', () => {
    expect(agreementProblem('parents', true, undefined)).toBeUndefined();
    expect(agreementProblem('representant-legal', true, undefined)).toBeUndefined();
    const problem = agreementProblem('personne', true, undefined);
    expect(problem && renderMessage(PAG_MESSAGES_EN, 'en', problem)).toMatch(/minor/);
  });
  it('reads the representation from the measure type when it is not stated', () => {
    expect(agreementProblem('personne-chargee-mesure-protection', false, { type: 'TUTELLE' })).toBeUndefined();
    expect(agreementProblem('personne-chargee-mesure-protection', false, { type: 'CURATELLE_SIMPLE' })).toBeDefined();
    expect(agreementProblem('personne-chargee-mesure-protection', false, { type: 'TUTELLE', avecRepresentationPersonne: false })).toBeDefined();
    expect(agreementProblem('personne', false, { type: 'TUTELLE' })).toBeUndefined();
  });
  it('says nothing when the age is unknown', () => {
    expect(agreementProblem('parents', undefined, undefined)).toBeUndefined();
  });
});

const protectedAdultAgreement = () =>
  mutate(cleanPag(), (d) => {
    d.situation.personne.dateNaissance = '1990-01-01';
    d.situation.mesureProtection = { type: 'TUTELLE', avecRepresentationPersonne: true, personneChargee: { nom: 'Tuteur' } };
    for (const a of [d.consentement.accordPrealable, d.consentement.accordExpres]) if (a) a.donnePar = 'personne-chargee-mesure-protection';
    if (d.consentement.accordExpres) {
      d.consentement.accordExpres.avisPersonneProtegee = 'Favorable';
      d.consentement.accordExpres.personneApteExprimerVolonte = false;
    }
  });

describeRule('PAG-CONSENTEMENT-009', (t) => {
  t.passes(cleanPag());
  t.passes(protectedAdultAgreement(), undefined, 'the guardian agrees for a person who cannot express their will');
  t.fails(
    mutate(protectedAdultAgreement(), (d) => {
      if (d.consentement.accordExpres) d.consentement.accordExpres.personneApteExprimerVolonte = true;
    }),
    { path: '/consentement/accordExpres/donnePar', severity: 'error' },
  );
  t.passes(
    mutate(protectedAdultAgreement(), (d) => {
      if (d.consentement.accordExpres) {
        d.consentement.accordExpres.personneApteExprimerVolonte = true;
        d.consentement.accordExpres.donnePar = 'personne';
      }
    }),
    undefined,
    'a protected adult able to express their will agrees herself',
  );
  t.fails(
    mutate(protectedAdultAgreement(), (d) => {
      if (d.consentement.accordExpres) d.consentement.accordExpres.donnePar = 'personne';
    }),
    { path: '/consentement/accordExpres/personneApteExprimerVolonte', severity: 'warning' },
    undefined,
    'the person agrees although said unable',
  );
});

describeRule('PAG-CONSENTEMENT-010', (t) => {
  const both = (reponse: 'accord' | 'refus' | 'non-recueilli') =>
    mutate(cleanPag(), (d) => {
      if (d.consentement.accordExpres)
        d.consentement.accordExpres.titulaires = [
          { lien: 'MTH', reponse: 'accord', date: '2025-03-05' },
          { lien: 'FTH', reponse },
        ];
    });
  t.passes(both('accord'));
  t.fails(both('refus'), { path: '/consentement/accordExpres/titulaires/1/reponse', severity: 'warning' });
  t.fails(both('non-recueilli'), { path: '/consentement/accordExpres/titulaires/1/reponse', severity: 'warning' });
  // Probe 3, PAG 05: the message asks to record how the disagreement is handled; once recorded, it is done.
  t.passes(
    mutate(both('refus'), (d) => {
      const t1 = d.consentement.accordExpres?.titulaires?.[1];
      if (t1) t1.precision = 'Désaccord soumis au juge aux affaires familiales, qui a autorisé la mère à consentir seule.';
    }),
    undefined,
    'a refusal whose handling is recorded',
  );
  t.passes(
    mutate(both('non-recueilli'), (d) => {
      const t1 = d.consentement.accordExpres?.titulaires?.[1];
      if (t1) t1.precision = 'Père injoignable depuis 2023 (courriers revenus).';
    }),
    undefined,
    'an answer not obtained, and why',
  );
  // The refusal that ended the PAG without validation is its outcome, not a disagreement left open.
  const endedByRefusal = mutate(cleanPag(), (d) => {
    d.statut = 'termine';
    d.dateFin = '2025-03-20';
    d.motifFin = '5';
    d.finSansValidation = 'refus-accord-prealable';
    delete d.dateValidation;
    delete d.validationPlan;
    delete d.consentement.accordExpres;
    if (d.consentement.accordPrealable)
      d.consentement.accordPrealable.titulaires = [
        { lien: 'MTH', reponse: 'accord' },
        { lien: 'FTH', reponse: 'refus' },
      ];
  });
  t.passes(endedByRefusal, undefined, 'a PAG ended because of this refusal');
  t.fails(
    mutate(endedByRefusal, (d) => {
      d.finSansValidation = 'sans-suite';
    }),
    { path: '/consentement/accordPrealable/titulaires/1/reponse', severity: 'warning' },
    undefined,
    'a refusal in a PAG ended for another reason',
  );
});

describeRule('PAG-CONSENTEMENT-011', (t) => {
  const withView = mutate(cleanPag(), (d) => {
    if (d.consentement.accordExpres) d.consentement.accordExpres.avisMineur = { sens: 'favorable', expression: 'Je veux aller au SESSAD.' };
  });
  t.passes(withView);
  t.fails(
    mutate(withView, (d) => {
      d.situation.personne.dateNaissance = '1990-01-01';
    }),
    { path: '/consentement/accordExpres/avisMineur', severity: 'warning' },
  );
});
