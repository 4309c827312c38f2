/**
 * Where the dates of a PAG are and how each relates to time, and the
 * well-formed dates among the values found there (read once by the facts,
 * shared by the date rules).
 *
 * Emplacements des dates du PAG.
 */
import type { Located } from '../../../json/expand.js';
import { calendarDate } from '../../../dates.js';

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
  '/situation/lieuDeVie/depuis': 'past',
  '/situation/mesureProtection/dateDebut': 'past',
  '/situation/mesureProtection/dateFin': 'planned',
  '/situation/personne/dateNaissance': 'past',
  '/situation/suiviAse/dateDebut': 'past',
  '/suivi/dateProchaineRevision': 'planned',
  '/validationPlan/dateDecision': 'past',
};

const DATE_PATTERNS = Object.keys(PAG_DATES);
/** `PAG_DATES[DATE_PATTERNS[i]]`, read once (not one keyed lookup per pattern and document). */
const DATE_KINDS: readonly DatedValue['kind'][] = DATE_PATTERNS.map((p) => PAG_DATES[p] as DatedValue['kind']);

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

/**
 * The well-formed dates among the values found at the date patterns
 * (`located[i]` for `DATE_PATTERN_LIST[i]`), pattern by pattern, each in
 * document order.
 */
export function datedValuesOf(located: readonly (readonly Located[])[]): DatedValue[] {
  const out: DatedValue[] = [];
  for (let i = 0; i < located.length; i++) {
    const values = located[i] as readonly Located[];
    if (values.length === 0) continue;
    const pattern = DATE_PATTERNS[i] as string;
    const kind = DATE_KINDS[i] as DatedValue['kind'];
    for (let k = 0; k < values.length; k++) {
      const at = values[k] as Located;
      const date = calendarDate(at.value);
      if (date !== undefined) out.push(new FoundDate(at, pattern, kind, date));
    }
  }
  return out;
}

/** A {@link DatedValue} whose pointer is read from its location when needed (only reported dates need one). */
class FoundDate implements DatedValue {
  constructor(
    private readonly at: Located,
    readonly pattern: string,
    readonly kind: DatedValue['kind'],
    readonly date: string,
  ) {}

  get path(): string {
    return this.at.path;
  }
}
