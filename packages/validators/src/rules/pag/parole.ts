/**
 * Rules on the person's own voice in the PAG (schema 1.1.0): who formulated
 * the projet de vie (L. 114-1-1), and the objectives of the plan pointing to
 * identified needs and to engagements of the PAG.
 *
 * Règles de la parole de la personne : projet de vie, objectifs.
 */
import { representationRelativeToPerson } from './consentement.js';
import { pagRule, msg } from './support/pag-rule.js';

const projetVieFormule = pagRule({
  id: 'PAG-PROJETVIE-001',
  severity: 'error',
  family: 'parole',
  reads: ['/contexte/projetVie/formulePar', '/contexte/projetVie/dateDebut', '/situation/personne/dateNaissance', '/situation/emancipation/date', '/situation/mesureProtection'],
  check: ({ document, facts, emit }) => {
    const projet = document.contexte.projetVie;
    if (projet?.formulePar === undefined) return;
    const minor = facts.isMinorOn(projet.dateDebut);
    const path = '/contexte/projetVie/formulePar';
    if (projet.formulePar === 'personne-chargee-mesure-protection') {
      if (minor === true) {
        emit(path, msg('PAG-PROJETVIE-001#1'));
      } else if (minor === false && !representationRelativeToPerson(document.situation.mesureProtection)) {
        emit(path, msg('PAG-PROJETVIE-001#2'));
      }
    } else if (projet.formulePar === 'representant-legal' && minor === false) {
      emit(path, msg('PAG-PROJETVIE-001#3'), undefined, 'warning');
    }
  },
});

const objectifBesoinsIdentifies = pagRule({
  id: 'PAG-OBJECTIF-001',
  severity: 'warning',
  family: 'parole',
  reads: ['/contexte/objectifs/*/besoins/*', '/contexte/besoins/*/besoin'],
  check: ({ facts, emit }) => {
    const identified = new Set<string>();
    for (const c of facts.codes) if (c.pattern === '/contexte/besoins/*/besoin') identified.add(c.concept?.code ?? c.code);
    for (const c of facts.codes) {
      if (c.pattern !== '/contexte/objectifs/*/besoins/*') continue;
      if (identified.has(c.concept?.code ?? c.code)) continue;
      emit(c.path, msg('PAG-OBJECTIF-001#1'));
    }
  },
});

const objectifEngagementsExistants = pagRule({
  id: 'PAG-OBJECTIF-002',
  severity: 'error',
  family: 'parole',
  reads: ['/contexte/objectifs/*/engagements/*', '/engagements/*/identifiant'],
  check: ({ document, facts, emit, show }) => {
    (document.contexte.objectifs ?? []).forEach((o, i) => {
      (o.engagements ?? []).forEach((id, j) => {
        if (facts.engagements.has(id)) return;
        const path = `/contexte/objectifs/${i}/engagements/${j}`;
        emit(path, msg('PAG-OBJECTIF-002#1', { id: show(path, id, '/contexte/objectifs/*/engagements/*') }));
      });
    });
  },
});

/** The rules on the person's voice. */
export const paroleRules = [projetVieFormule, objectifBesoinsIdentifies, objectifEngagementsExistants];
