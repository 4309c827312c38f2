/**
 * Rules on section 4 of the PAG, the engagements of the operators: each one
 * names its operator, start date and prestations; identifiers are unique; the
 * engagements of a validated plan are signed.
 *
 * Règles des engagements des opérateurs.
 */
import { tokens } from '../../json/pointer.js';
import { endedWithoutValidation, PAG_SOURCES, pagRule, text } from './pag-rule.js';

const NON_DRAFT = new Set(['elabore', 'valide', 'termine']);

const engagementComplet = pagRule({
  id: 'PAG-ENGAGEMENTS-001',
  severity: 'error',
  family: 'engagements',
  title: text('Engagement complet : opérateur, date de début, prestations', 'Complete engagement: operator, start date, prestations'),
  description: text(
    'Le PAG identifie nominativement les opérateurs et précise la nature et la fréquence des interventions : chaque engagement nomme son opérateur, sa date de début et au moins une prestation. Le schéma publié l’impose ; l’anomalie structurelle est rapportée sous cet identifiant.',
    'The PAG names the operators and states the nature and frequency of the interventions: each engagement names its operator, its start date and at least one prestation. The published schema enforces it; the structural issue is reported under this id.',
  ),
  source: PAG_SOURCES.l11411,
  reads: [],
  check: () => undefined,
  structural: {
    at: ['/engagements/*/operateur', '/engagements/*/dateDebut', '/engagements/*/prestations'],
    keywords: ['required', 'minItems'],
    describe: (_value, { path }) => {
      const field = tokens(path)[2];
      const index = tokens(path)[1];
      const what =
        field === 'operateur'
          ? text('son opérateur', 'its operator')
          : field === 'dateDebut'
            ? text('sa date de début', 'its start date')
            : text('au moins une prestation', 'at least one prestation');
      return { message: text(`L’engagement ${index} ne précise pas ${what.fr}.`, `Engagement ${index} does not give ${what.en}.`), details: { champ: field } };
    },
  },
});

const auMoinsUnEngagement = pagRule({
  id: 'PAG-ENGAGEMENTS-002',
  severity: 'error',
  family: 'engagements',
  title: text('Au moins un engagement', 'At least one engagement'),
  description: text(
    'Le PAG « comporte l’engagement des acteurs chargés de sa mise en œuvre opérationnelle » : dès le statut « élaboré », il compte au moins un engagement.',
    'The PAG "includes the commitment of the actors in charge of carrying it out": from the `elabore` status on, it has at least one engagement.',
  ),
  source: PAG_SOURCES.l11411,
  reads: ['/statut', '/engagements', '/finSansValidation'],
  check: ({ document, emit }) => {
    if (!NON_DRAFT.has(document.statut) || document.engagements.length > 0 || endedWithoutValidation(document)) return;
    emit('/engagements', text(`Aucun engagement d’opérateur dans un PAG au statut « ${document.statut} ».`, `No operator engagement in a PAG with status '${document.statut}'.`));
  },
});

const identifiantsUniques = pagRule({
  id: 'PAG-ENGAGEMENTS-003',
  severity: 'error',
  family: 'engagements',
  title: text('Identifiants d’engagement uniques', 'Unique engagement identifiers'),
  description: text(
    'Le coordonnateur de parcours et les créneaux de l’emploi du temps désignent un engagement par son identifiant : deux engagements ne peuvent partager le même.',
    'The path coordinator and the timetable slots refer to an engagement by its identifier: two engagements cannot share one.',
  ),
  source: PAG_SOURCES.projet,
  reads: ['/engagements/*/identifiant'],
  check: ({ document, emit, show }) => {
    const seen = new Map<string, number>();
    document.engagements.forEach((e, i) => {
      const first = seen.get(e.identifiant);
      if (first === undefined) seen.set(e.identifiant, i);
      else {
        const path = `/engagements/${i}/identifiant`;
        emit(path, text(`Identifiant « ${show(path, e.identifiant)} » déjà utilisé par l’engagement ${first}.`, `Identifier '${show(path, e.identifiant)}' already used by engagement ${first}.`), { premier: first });
      }
    });
  },
});

const engagementSigne = pagRule({
  id: 'PAG-ENGAGEMENTS-004',
  severity: 'warning',
  family: 'engagements',
  title: text('Engagements signés d’un PAG validé', 'Signed engagements of a validated PAG'),
  description: text(
    'Bonne pratique : le PAG type de la CNSA prévoit une signature de l’engagement de chaque opérateur, sans dire qui signe (« Qui le signe ? ») ; la loi demande l’engagement des acteurs, pas leur signature. Un PAG validé dont un engagement n’est pas signé reçoit un avertissement.',
    'Good practice: the CNSA model PAG provides a signature of each operator’s engagement without saying who signs ("Qui le signe ?"); the law asks for the actors’ commitment, not their signature. A validated PAG with an unsigned engagement gets a warning.',
  ),
  source: PAG_SOURCES.signatureOperateur,
  reads: ['/statut', '/engagements/*/signature'],
  check: ({ document, emit }) => {
    if (document.statut !== 'valide') return;
    document.engagements.forEach((e, i) => {
      if (e.signature === undefined) emit(`/engagements/${i}/signature`, text(`L’engagement ${i} d’un PAG validé n’est pas signé : renseignez « signature » (nom, fonction et date de la personne qui engage l’opérateur) si l’engagement a été signé.`, `Engagement ${i} of a validated PAG is not signed: fill in \`signature\` (name, function and date of the person committing the operator) if it was signed.`));
    });
  },
});

const prerequisLeves = pagRule({
  id: 'PAG-ENGAGEMENTS-005',
  severity: 'warning',
  family: 'engagements',
  title: text('Prérequis levés avant le démarrage', 'Prerequisites lifted before the start'),
  description: text(
    'Le PAG type liste, pour chaque engagement, les prérequis au démarrage (matériel, recrutement, financement, dérogation…) et leur état : un prérequis encore « à lever » ou « en cours » alors que l’engagement a démarré à la date de référence est à vérifier.',
    'The CNSA model PAG lists, for each engagement, the prerequisites before its start (equipment, recruitment, financing, derogation…) and their state: a prerequisite still "to lift" or "in progress" although the engagement has started on the reference date is to be checked.',
  ),
  source: PAG_SOURCES.pagType,
  reads: ['/engagements/*/dateDebut', '/engagements/*/prerequis'],
  check: ({ document, options, emit }) => {
    document.engagements.forEach((e, i) => {
      if (e.dateDebut > options.referenceDate) return;
      e.prerequis.forEach((p, j) => {
        if (p.etat !== 'a-lever' && p.etat !== 'en-cours') return;
        emit(`/engagements/${i}/prerequis/${j}/etat`, text(`Prérequis « ${p.type} » encore « ${p.etat} » alors que l’engagement ${i} a démarré le ${e.dateDebut}.`, `Prerequisite '${p.type}' still '${p.etat}' although engagement ${i} started on ${e.dateDebut}.`), {
          type: p.type,
          etat: p.etat,
          dateDebut: e.dateDebut,
        });
      });
    });
  },
});

/** The engagement rules. */
export const engagementsRules = [engagementComplet, auMoinsUnEngagement, identifiantsUniques, engagementSigne, prerequisLeves];
