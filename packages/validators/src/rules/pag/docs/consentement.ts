/**
 * Documentation of the consentement rules of the PAG (title, description,
 * source), apart from their checks (`../consentement.ts`) so that a page that only
 * validates does not ship it; the rule catalogue (`RULES`) joins them.
 *
 * Documentation des règles « consentement ».
 */
import { text } from '../../../messages.js';
import { PAG_SOURCES } from '../support/pag-rule.js';
import type { RuleDocs } from '../../rule-docs.js';

/** Title, description and source of each consentement rule, by rule id. */
export const consentementDocs = {
  'PAG-CONSENTEMENT-001': {
    title: text('Accord préalable recueilli', 'Prior agreement recorded'),
    description: text(
      'Le PAG est élaboré avec l’accord préalable de la personne, de ses parents si elle est mineure, ou de son représentant légal : un PAG validé ou terminé doit enregistrer cet accord (`consentement.accordPrealable`). Un PAG au statut « élaboré » sans accord préalable reçoit un avertissement.',
      'The PAG is drawn up with the prior agreement of the person, of the parents of a minor, or of the legal representative: a validated or ended PAG must record it (`consentement.accordPrealable`). An `elabore` PAG without it gets a warning.',
    ),
    source: PAG_SOURCES.l11411,
  },
  'PAG-CONSENTEMENT-002': {
    title: text('Accord préalable antérieur à l’élaboration', 'Prior agreement before the plan is drawn up'),
    description: text(
      'L’accord préalable précède l’élaboration du plan : sa date ne peut être postérieure à la date d’élaboration ni à la date de validation. Un PAG terminé parce que l’accord préalable a été refusé (`finSansValidation: "refus-accord-prealable"`) n’a pas d’accord à dater : la date du refus peut suivre l’élaboration du projet de plan.',
      'The prior agreement comes before the plan is drawn up: its date cannot be after the elaboration date or the validation date. A PAG ended because the prior agreement was refused (`finSansValidation: "refus-accord-prealable"`) has no agreement to date: the date of the refusal may follow the drafting of the plan.',
    ),
    source: PAG_SOURCES.l11411,
  },
  'PAG-CONSENTEMENT-003': {
    title: text('Accord préalable donné par la bonne personne', 'Prior agreement given by the right person'),
    description: text(
      'Selon l’âge à la date de l’accord et la mesure de protection : pour un mineur, les parents ou le représentant légal ; pour un majeur sous mesure de protection avec représentation relative à la personne, la personne ou la personne chargée de la mesure ; pour tout autre majeur, la personne elle-même. Un mineur émancipé à seize ans révolus (`situation.emancipation`, depuis 1.1.0 ; Code civil, art. 413-2 et 413-6 : « capable, comme un majeur, de tous les actes de la vie civile », INFERRED : articles absents des sources juridiques du projet) consent lui-même à partir de la date de l’émancipation, comme un majeur ; une émancipation datée avant ses seize ans n’en est pas une.',
      'Depending on the age on the date of the agreement and on the protection measure: for a minor, the parents or the legal representative; for an adult under a measure with representation relative to the person, the person or the person in charge of the measure; for any other adult, the person themself. A minor emancipated at sixteen or more (`situation.emancipation`, since 1.1.0; Civil Code, art. 413-2 and 413-6: “capable, like an adult, of every act of civil life”, INFERRED: articles not in the project’s legal sources) consents themself from the emancipation date on, like an adult; an emancipation dated before their sixteenth birthday is not one.',
    ),
    source: PAG_SOURCES.l11411,
  },
  'PAG-CONSENTEMENT-004': {
    title: text('Accord exprès pour les décisions validées', 'Express agreement for validated decisions'),
    description: text(
      'Les décisions relatives au PAG ne sont valables qu’après accord exprès (CASF, L. 146-9) : un PAG validé ou terminé doit enregistrer cet accord (`consentement.accordExpres`).',
      'Decisions on the PAG are valid only after express agreement (CASF, L. 146-9): a validated or ended PAG must record it (`consentement.accordExpres`).',
    ),
    source: PAG_SOURCES.l1469,
  },
  'PAG-CONSENTEMENT-005': {
    title: text('Accord exprès donné par la bonne personne', 'Express agreement given by the right person'),
    description: text(
      'L. 146-9 : l’accord exprès est celui de la personne, de son représentant légal si elle est mineure, ou, pour un majeur sous mesure de protection avec représentation relative à la personne qui n’est pas apte à exprimer sa volonté, de la personne chargée de la mesure. Même contrôle que pour l’accord préalable (mineur émancipé compris, qui n’a pas de représentant légal et consent lui-même), à la date de l’accord exprès.',
      'L. 146-9: the express agreement is that of the person, of the legal representative of a minor, or, for an adult under a measure with representation relative to the person who cannot express their will, of the person in charge of the measure. Same check as for the prior agreement (an emancipated minor included, who has no legal representative and consents themself), on the date of the express agreement.',
    ),
    source: PAG_SOURCES.l1469,
  },
  'PAG-CONSENTEMENT-006': {
    title: text('Validation antérieure à l’accord exprès', 'Validation before the express agreement'),
    description: text(
      'Les décisions du PAG ne valent qu’après l’accord exprès : une date de validation antérieure à l’accord exprès signifie que le PAG n’a produit d’effet qu’à la date de l’accord ; à vérifier.',
      'PAG decisions are valid only after the express agreement: a validation date before it means the PAG took effect only on the date of the agreement; to be checked.',
    ),
    source: PAG_SOURCES.l1469,
  },
  'PAG-CONSENTEMENT-007': {
    title: text('Accord exprès après l’accord préalable', 'Express agreement after the prior agreement'),
    description: text(
      'L’accord préalable ouvre l’élaboration ; l’accord exprès porte sur les décisions du plan élaboré : il ne peut le précéder.',
      'The prior agreement opens the elaboration; the express agreement bears on the decisions of the plan drawn up: it cannot precede it.',
    ),
    source: PAG_SOURCES.projet,
  },
  'PAG-CONSENTEMENT-008': {
    title: text('Avis de la personne protégée', 'Opinion of the protected person'),
    description: text(
      'Quand l’accord exprès est donné par la personne chargée de la mesure de protection, L. 146-9 demande de tenir compte de l’avis de la personne protégée : il devrait être consigné (`accordExpres.avisPersonneProtegee`).',
      'When the express agreement is given by the person in charge of the protection measure, L. 146-9 requires the opinion of the protected person to be taken into account: it should be recorded (`accordExpres.avisPersonneProtegee`).',
    ),
    source: PAG_SOURCES.l1469,
  },
  'PAG-CONSENTEMENT-009': {
    title: text('Accord du protecteur seulement si la personne ne peut exprimer sa volonté', 'Protector agrees only when the person cannot express their will'),
    description: text(
      'L. 146-9 confie l’accord exprès à la personne chargée de la mesure de protection seulement pour un majeur « qui n’est pas apte à exprimer sa volonté » : quand `accordExpres.personneApteExprimerVolonte` vaut vrai, l’accord exprès revient à la personne elle-même (`donnePar` : personne).',
      'L. 146-9 gives the express agreement to the person in charge of the protection measure only for an adult "who is not able to express their will": when `accordExpres.personneApteExprimerVolonte` is true, the express agreement belongs to the person themself (`donnePar`: personne).',
    ),
    source: PAG_SOURCES.l1469,
  },
  'PAG-CONSENTEMENT-010': {
    title: text('Réponse de chaque titulaire de l’autorité parentale', 'Answer of each holder of parental authority'),
    description: text(
      'Quand l’accord revient aux parents, `titulaires` (depuis 1.1.0) consigne la réponse de chacun. Un refus ou une réponse non recueillie est signalé : ni L. 114-1-1 ni L. 146-9 ne disent si l’accord d’un seul titulaire suffit (INFERRED : le Code civil présume l’accord de l’autre parent pour les actes usuels, art. 372-2 ; un désaccord relève du juge aux affaires familiales). Avertissement, jamais une erreur ; il n’est pas émis quand la `precision` du titulaire dit comment le désaccord est traité ou pourquoi la réponse manque, ni pour le refus qui a mis fin au PAG (`finSansValidation` `refus-accord-prealable` ou `refus-accord-expres` d’un PAG terminé).',
      'When the agreement belongs to the parents, `titulaires` (since 1.1.0) records each one’s answer. A refusal or an answer not obtained is reported: neither L. 114-1-1 nor L. 146-9 says whether one holder’s agreement suffices (INFERRED: the Civil Code presumes the other parent’s agreement for usual acts, art. 372-2; a disagreement goes to the family judge). A warning, never an error; not raised when the holder’s `precision` says how the disagreement is handled or why the answer is missing, nor for the refusal that ended the PAG (`finSansValidation` `refus-accord-prealable` or `refus-accord-expres` of an ended PAG).',
    ),
    source: {
      kind: 'bonne-pratique',
      reference: 'INFERRED : CASF L. 114-1-1 et L. 146-9 muets sur la pluralité des titulaires ; Code civil, art. 372-2 (actes usuels), lecture du projet',
    },
  },
  'PAG-CONSENTEMENT-011': {
    title: text('Avis du mineur pour une personne mineure', 'Minor’s view for a minor'),
    description: text(
      '`avisMineur` (depuis 1.1.0) consigne l’avis d’une personne mineure à côté de la décision de ses parents. Pour une personne majeure à la date de l’accord, c’est elle qui consent (ou, sous mesure de protection, `avisPersonneProtegee` consigne son avis).',
      '`avisMineur` (since 1.1.0) records the view of a minor beside the decision of the parents. For a person of age on the date of the agreement, the person consents (or, under a protection measure, `avisPersonneProtegee` records their view).',
    ),
    source: PAG_SOURCES.civil414,
  },
} satisfies RuleDocs;
