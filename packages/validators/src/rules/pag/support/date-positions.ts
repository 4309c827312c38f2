/**
 * Where the dates of a PAG are and how each relates to time (the facts read
 * the well-formed ones once for the date rules: `date-reading.ts`).
 *
 * Emplacements des dates du PAG.
 */

/**
 * How each date of the PAG relates to time: `past` (a fact: cannot be after the
 * reference date), `planned` (may be in the future), `texte` (date of a legal
 * text or deliberation: not about the person), `fin` (end of the PAG: past
 * once the PAG has ended, planned otherwise). A test checks that every date of
 * the published schema is classified.
 */
export const PAG_DATES: Readonly<Record<string, 'past' | 'planned' | 'texte' | 'fin'>> = {
  '/annexes/autresAnnexes/*/date': 'texte',
  '/annexes/emploiDuTemps/*/periode/dateDebut': 'planned',
  '/annexes/emploiDuTemps/*/periode/dateFin': 'planned',
  '/annexes/referencesLegales/*/date': 'texte',
  '/consentement/accordExpres/avisMineur/date': 'past',
  '/consentement/accordExpres/date': 'past',
  '/consentement/accordExpres/titulaires/*/date': 'past',
  '/consentement/accordPrealable/avisMineur/date': 'past',
  '/consentement/accordPrealable/date': 'past',
  '/consentement/accordPrealable/titulaires/*/date': 'past',
  '/contexte/avisSolutions/date': 'past',
  '/contexte/demarches/*/date': 'past',
  '/contexte/objectifs/*/echeance': 'planned',
  '/contexte/projetVie/dateDebut': 'past',
  '/dateElaboration': 'past',
  '/dateFin': 'fin',
  '/dateMiseAJour': 'past',
  '/dateValidation': 'past',
  '/demande/alerte/date': 'past',
  '/demande/concertations/*/date': 'past',
  '/demande/dateDemande': 'past',
  '/demande/prioriteComex/deliberation/date': 'texte',
  '/engagements/*/dateDebut': 'planned',
  '/engagements/*/dateFin': 'planned',
  '/engagements/*/derogations/*/acte/date': 'texte',
  '/engagements/*/derogations/*/dateAccord': 'past',
  '/engagements/*/derogations/*/dateDebut': 'planned',
  '/engagements/*/derogations/*/dateFin': 'planned',
  '/engagements/*/financementsComplementaires/*/dateDecision': 'past',
  '/engagements/*/prerequis/*/dateEcheance': 'planned',
  '/engagements/*/prerequis/*/dateLevee': 'past',
  '/engagements/*/signature/date': 'past',
  '/pagPrecedent/dateValidation': 'past',
  '/situation/droitsPrestations/*/dateDecision': 'past',
  '/situation/droitsPrestations/*/dateEcheance': 'planned',
  '/situation/droitsPrestations/*/dateOuverture': 'planned',
  '/situation/emancipation/date': 'past',
  '/situation/lieuDeVie/depuis': 'past',
  '/situation/mesureProtection/dateDebut': 'past',
  '/situation/mesureProtection/dateFin': 'planned',
  '/situation/personne/dateNaissance': 'past',
  '/situation/suiviAse/dateDebut': 'past',
  '/suivi/dateProchaineRevision': 'planned',
  '/validationPlan/dateDecision': 'past',
};

const DATE_PATTERNS = Object.keys(PAG_DATES);

/** A well-formed date of the document. */
export interface DatedValue {
  /** Pointer of the date. */
  readonly path: string;
  /** Its pattern in {@link PAG_DATES}. */
  readonly pattern: string;
  /** How it relates to time: `PAG_DATES[pattern]`. */
  readonly kind: 'past' | 'planned' | 'texte' | 'fin';
  /** `YYYY-MM-DD` (the date part of a date-time). */
  readonly date: string;
}

/** Pairs (start, end) of the PAG, by pointer of the object holding them. */
export const DATE_PAIRS: readonly { readonly object: string; readonly start: string; readonly end: string }[] = [
  { object: '', start: 'dateElaboration', end: 'dateValidation' },
  { object: '', start: 'dateValidation', end: 'dateFin' },
  { object: '', start: 'dateElaboration', end: 'dateFin' },
  { object: '/engagements/*', start: 'dateDebut', end: 'dateFin' },
  { object: '/engagements/*/derogations/*', start: 'dateDebut', end: 'dateFin' },
  { object: '/annexes/emploiDuTemps/*/periode', start: 'dateDebut', end: 'dateFin' },
  { object: '/situation/droitsPrestations/*', start: 'dateOuverture', end: 'dateEcheance' },
  { object: '/situation/mesureProtection', start: 'dateDebut', end: 'dateFin' },
];

/** The patterns of the dates, in the order of {@link PAG_DATES}. */
export const DATE_PATTERN_LIST: readonly string[] = DATE_PATTERNS;

/** Pointers of the objects holding the {@link DATE_PAIRS}, in the same order. */
export const DATE_PAIR_OBJECTS: readonly string[] = DATE_PAIRS.map((p) => p.object);
