/**
 * Rules on the person's own voice in the PAG (schema 1.1.0): who formulated
 * the projet de vie (L. 114-1-1), and the objectives of the plan pointing to
 * identified needs and to engagements of the PAG.
 *
 * Règles de la parole de la personne : projet de vie, objectifs.
 */
import { representationRelativeToPerson } from './consentement.js';
import { pagRule, text } from './support/pag-rule.js';

const projetVieFormule = pagRule({
  id: 'PAG-PROJETVIE-001',
  severity: 'error',
  family: 'parole',
  reads: ['/contexte/projetVie/formulePar', '/contexte/projetVie/dateDebut', '/situation/personne/dateNaissance', '/situation/mesureProtection'],
  check: ({ document, facts, emit }) => {
    const projet = document.contexte.projetVie;
    if (projet?.formulePar === undefined) return;
    const minor = facts.isMinorOn(projet.dateDebut);
    const path = '/contexte/projetVie/formulePar';
    if (projet.formulePar === 'personne-chargee-mesure-protection') {
      if (minor === true) {
        emit(
          path,
          text(
            'Projet de vie formulé par « la personne chargée de la mesure de protection » pour une personne mineure : pour un mineur, c’est son représentant légal (« representant-legal ») qui le formule avec ou pour lui.',
            'Projet de vie formulated by "the person in charge of the protection measure" for a minor: for a minor, the legal representative (`representant-legal`) formulates it with or for them.',
          ),
        );
      } else if (minor === false && !representationRelativeToPerson(document.situation.mesureProtection)) {
        emit(
          path,
          text(
            'Projet de vie formulé par « la personne chargée de la mesure de protection » sans mesure de protection avec représentation relative à la personne : décrivez la mesure (« situation.mesureProtection », « avecRepresentationPersonne ») ou indiquez que la personne l’a formulé (« personne », « personne-avec-representant »).',
            'Projet de vie formulated by "the person in charge of the protection measure" without a protection measure with representation relative to the person: describe the measure (`situation.mesureProtection`, `avecRepresentationPersonne`) or state that the person formulated it (`personne`, `personne-avec-representant`).',
          ),
        );
      }
    } else if (projet.formulePar === 'representant-legal' && minor === false) {
      emit(
        path,
        text(
          'Projet de vie formulé par « le représentant légal » d’une personne majeure : pour un majeur protégé, indiquez « personne-chargee-mesure-protection » (et la mesure) ; sinon, le projet de vie est celui de la personne.',
          'Projet de vie formulated by "the legal representative" of an adult: for a protected adult, give `personne-chargee-mesure-protection` (and the measure); otherwise the projet de vie is the person’s.',
        ),
        undefined,
        'warning',
      );
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
      emit(
        c.path,
        text(
          'Cet objectif vise un besoin absent des besoins identifiés : ajoutez-le à « contexte.besoins » ou retirez-le des besoins de l’objectif.',
          'This objective aims at a need missing from the identified needs: add it to `contexte.besoins` or remove it from the objective’s needs.',
        ),
      );
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
        emit(
          path,
          text(
            `L’objectif renvoie à l’engagement « ${show(path, id)} », absent du PAG : corrigez l’identifiant ou ajoutez l’engagement.`,
            `The objective refers to engagement '${show(path, id)}', which is not in the PAG: correct the identifier or add the engagement.`,
          ),
        );
      });
    });
  },
});

/** The rules on the person's voice. */
export const paroleRules = [projetVieFormule, objectifBesoinsIdentifies, objectifEngagementsExistants];
