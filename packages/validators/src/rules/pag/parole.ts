/**
 * Rules on the person's own voice in the PAG (schema 1.1.0): who formulated
 * the projet de vie (L. 114-1-1), and the objectives of the plan pointing to
 * identified needs and to engagements of the PAG.
 *
 * Règles de la parole de la personne : projet de vie, objectifs.
 */
import { representationRelativeToPerson } from './consentement.js';
import { PAG_SOURCES, pagRule, text } from './support/pag-rule.js';

const projetVieFormule = pagRule({
  id: 'PAG-PROJETVIE-001',
  severity: 'error',
  family: 'parole',
  title: text('Projet de vie formulé par la bonne personne', 'Projet de vie formulated by the right person'),
  description: text(
    'L. 114-1-1 : le projet de vie est « formulé par la personne elle-même ou, à défaut, avec ou pour elle par son représentant légal, s’il s’agit d’un mineur, ou par la personne chargée de la mesure de protection juridique, s’il s’agit d’un majeur faisant l’objet d’une mesure de protection juridique avec représentation relative à la personne, lorsqu’elle ne peut exprimer son avis ». `projetVie.formulePar` : personne-chargee-mesure-protection suppose un majeur sous une telle mesure ; representant-legal, un mineur (pour un majeur : avertissement).',
    'L. 114-1-1: the projet de vie is "formulated by the person themself or, failing that, with or for them by their legal representative for a minor, or by the person in charge of the legal protection measure for an adult under a measure with representation relative to the person, when they cannot express their view". `projetVie.formulePar`: personne-chargee-mesure-protection implies an adult under such a measure; representant-legal, a minor (for an adult: a warning).',
  ),
  source: PAG_SOURCES.l11411,
  reads: ['/contexte/projetVie/formulePar', '/contexte/projetVie/dateDebut', '/situation/personne/dateNaissance', '/situation/mesureProtection'],
  check: ({ document, facts, emit }) => {
    const projet = document.contexte.projetVie;
    if (projet?.formulePar === undefined) return;
    const minor = facts.isMinorOn(projet.dateDebut);
    const path = '/contexte/projetVie/formulePar';
    if (projet.formulePar === 'personne-chargee-mesure-protection') {
      if (minor === true) {
        emit(path, text('Projet de vie formulé par « la personne chargée de la mesure de protection » pour une personne mineure : pour un mineur, c’est son représentant légal (« representant-legal ») qui le formule avec ou pour lui.', 'Projet de vie formulated by "the person in charge of the protection measure" for a minor: for a minor, the legal representative (`representant-legal`) formulates it with or for them.'));
      } else if (minor === false && !representationRelativeToPerson(document.situation.mesureProtection)) {
        emit(path, text('Projet de vie formulé par « la personne chargée de la mesure de protection » sans mesure de protection avec représentation relative à la personne : décrivez la mesure (« situation.mesureProtection », « avecRepresentationPersonne ») ou indiquez que la personne l’a formulé (« personne », « personne-avec-representant »).', 'Projet de vie formulated by "the person in charge of the protection measure" without a protection measure with representation relative to the person: describe the measure (`situation.mesureProtection`, `avecRepresentationPersonne`) or state that the person formulated it (`personne`, `personne-avec-representant`).'));
      }
    } else if (projet.formulePar === 'representant-legal' && minor === false) {
      emit(path, text('Projet de vie formulé par « le représentant légal » d’une personne majeure : pour un majeur protégé, indiquez « personne-chargee-mesure-protection » (et la mesure) ; sinon, le projet de vie est celui de la personne.', 'Projet de vie formulated by "the legal representative" of an adult: for a protected adult, give `personne-chargee-mesure-protection` (and the measure); otherwise the projet de vie is the person’s.'), undefined, 'warning');
    }
  },
});

const objectifBesoinsIdentifies = pagRule({
  id: 'PAG-OBJECTIF-001',
  severity: 'warning',
  family: 'parole',
  title: text('Objectif tourné vers des besoins identifiés', 'Objective aimed at identified needs'),
  description: text(
    'Un objectif du plan répond à des besoins (`contexte.objectifs[].besoins`, depuis 1.1.0 ; le modèle TDDUI rattache l’objectif à un Besoin) : chacun figure parmi les besoins identifiés du contexte (`contexte.besoins`).',
    'An objective of the plan answers needs (`contexte.objectifs[].besoins`, since 1.1.0; the TDDUI model links the objective to a Besoin): each is among the identified needs of the context (`contexte.besoins`).',
  ),
  source: PAG_SOURCES.projet,
  reads: ['/contexte/objectifs/*/besoins/*', '/contexte/besoins/*/besoin'],
  check: ({ facts, emit }) => {
    const identified = new Set<string>();
    for (const c of facts.codes) if (c.kind === 'besoin' && c.path.startsWith('/contexte/besoins/')) identified.add(c.concept?.code ?? c.code);
    for (const c of facts.codes) {
      if (c.kind !== 'besoin' || !c.path.startsWith('/contexte/objectifs/')) continue;
      if (identified.has(c.concept?.code ?? c.code)) continue;
      emit(c.path, text('Cet objectif vise un besoin absent des besoins identifiés : ajoutez-le à « contexte.besoins » ou retirez-le des besoins de l’objectif.', 'This objective aims at a need missing from the identified needs: add it to `contexte.besoins` or remove it from the objective’s needs.'));
    }
  },
});

const objectifEngagementsExistants = pagRule({
  id: 'PAG-OBJECTIF-002',
  severity: 'error',
  family: 'parole',
  title: text('Engagements d’un objectif présents dans le PAG', 'Engagements of an objective present in the PAG'),
  description: text(
    '`contexte.objectifs[].engagements` (depuis 1.1.0) désigne des engagements du PAG par leur identifiant : chacun existe dans `engagements`.',
    '`contexte.objectifs[].engagements` (since 1.1.0) refers to engagements of the PAG by identifier: each exists in `engagements`.',
  ),
  source: PAG_SOURCES.projet,
  reads: ['/contexte/objectifs/*/engagements/*', '/engagements/*/identifiant'],
  check: ({ document, facts, emit, show }) => {
    (document.contexte.objectifs ?? []).forEach((o, i) => {
      (o.engagements ?? []).forEach((id, j) => {
        if (facts.engagements.has(id)) return;
        const path = `/contexte/objectifs/${i}/engagements/${j}`;
        emit(path, text(`L’objectif renvoie à l’engagement « ${show(path, id)} », absent du PAG : corrigez l’identifiant ou ajoutez l’engagement.`, `The objective refers to engagement '${show(path, id)}', which is not in the PAG: correct the identifier or add the engagement.`));
      });
    });
  },
});

/** The rules on the person's voice. */
export const paroleRules = [projetVieFormule, objectifBesoinsIdentifies, objectifEngagementsExistants];
