/**
 * Facts about a PAG computed once and shared by its rules: resolved SERAFIN-PH
 * codes, dates, the engagements by identifier, the age of the person. Built
 * defensively: the document may be structurally invalid in places.
 *
 * Faits partagés par les règles du PAG.
 */
import { lookup, toAns2023, type SerafinCode, type SerafinConcept } from '@serafin-ph/nomenclature';
import type { CodeTranslation } from '../../../codes/translate-incoming.js';
import { at, arrayOf, isObject, own, prop, stringOf } from '../../../json/access.js';
import { wildcardKey, type Located } from '../../../json/expand.js';
import { walkPagFacts } from '#pag-fact-walk';
import type { JsonValue } from '../../../json/read-document.js';
import { AGE_EMANCIPATION, AGE_MAJORITE, ageOn, calendarDate } from '../../../dates.js';
import type { ResolvedOptions } from '../../rule.js';
import { readDates, type DateReading } from './date-reading.js';
import { PAG_CODE_POSITIONS, PAG_FACT_DATES_FROM, PAG_FACT_PAIRS_FROM } from './fact-patterns.js';
import { readTimetable, type Timetable } from './timetable.js';

export { PAG_CODE_POSITIONS } from './fact-patterns.js';

/** A SERAFIN-PH code of the document, resolved to the ANS 2023 numbering. */
export interface ResolvedCode {
  /** Pointer of the code object (`…/prestation`). */
  readonly path: string;
  /** The code object itself (what {@link path} points to in the document). */
  readonly value: JsonValue;
  /** Its position pattern in {@link PAG_CODE_POSITIONS} (the needs of `contexte.besoins`, of the objectives…): where it is, without building {@link path}. */
  readonly pattern: (typeof PAG_CODE_POSITIONS)[number]['pattern'];
  readonly kind: 'besoin' | 'prestation-directe';
  /** The code as read in the document (after translation by the `numbering` option). */
  readonly code: string;
  /** Numbering the code was read in. */
  readonly numbering: string;
  /** Original code and numbering when the `numbering` option translated it. */
  readonly translatedFrom: { readonly code: string; readonly numbering: string } | undefined;
  /** ANS 2023 concept, when the code resolves to one exactly. */
  readonly concept: SerafinConcept | undefined;
  /** `libelle` given in the document. */
  readonly libelle: string | undefined;
  /**
   * What the `n`-th `*` of {@link pattern} stands for in {@link path} (an
   * array index, or an escaped key), read without building the pointer: the
   * objective of a need an objective aims at is `wildcard(0)`.
   */
  wildcard(n: number): string | number | undefined;
}

/** An engagement, indexed. */
export interface EngagementFact {
  /** Index in `/engagements`. */
  readonly index: number;
  readonly identifiant: string;
  /** ANS 2023 concepts of the prestations it commits to, by index in its `prestations`. */
  readonly prestations: readonly { readonly concept: SerafinConcept | undefined; readonly value: JsonValue }[];
}

/** The facts. */
export interface PagFacts {
  readonly statut: string | undefined;
  readonly dateNaissance: string | undefined;
  readonly dateValidation: string | undefined;
  readonly dateElaboration: string | undefined;
  /** Date the person's age is assessed on: the agreement date when given, else validation, elaboration, reference date. */
  readonly ageOn: (date: string | undefined) => number | undefined;
  /**
   * True / false when the age is known on that date: a minor, unless emancipated on or before that date at sixteen
   * or more (`situation.emancipation`, 1.1.0; Code civil, art. 413-2 and 413-6, INFERRED: the emancipated minor is
   * capable like an adult and no longer under parental authority, so consents alone). The rules that ask who
   * consents or who holds parental authority read this; an emancipation before sixteen is not one (art. 413-2).
   */
  readonly isMinorOn: (date: string | undefined) => boolean | undefined;
  readonly codes: readonly ResolvedCode[];
  readonly engagements: ReadonlyMap<string, EngagementFact>;
  readonly engagementList: readonly EngagementFact[];
  readonly translations: readonly CodeTranslation[];
  /** The dates of the document as the date rules read them (read on first use, once). */
  readonly dateReading: () => DateReading;
  /** ANS 2023 code of the prestation of each timetable slot, by slot index (read on first use, once). */
  readonly slotCodes: () => readonly (SerafinCode | undefined)[];
  /** The timetable as its rules read it (read on first use, once). */
  readonly timetable: () => Timetable;
}

/**
 * A {@link ResolvedCode} whose pointer is read from its location when needed
 * (only reported codes need one). Every field is set by the constructor, so
 * that every code has one object shape (the rules read them in loops).
 */
class FoundCode implements ResolvedCode {
  constructor(
    private readonly at: Located,
    readonly pattern: ResolvedCode['pattern'],
    readonly kind: ResolvedCode['kind'],
    readonly code: string,
    readonly numbering: string,
    readonly translatedFrom: ResolvedCode['translatedFrom'],
    readonly concept: SerafinConcept | undefined,
    readonly libelle: string | undefined,
  ) {}

  get path(): string {
    return this.at.path;
  }

  get value(): JsonValue {
    return this.at.value;
  }

  wildcard(n: number): string | number | undefined {
    // The walker's locations know their keys; any other location reads them from its pointer.
    return wildcardKey(this.at, n) ?? wildcardOfPointer(this.pattern, this.path, n);
  }
}

/** The `n`-th wildcard token of `path`, a pointer matching `pattern` (as written in the pointer: escaped). */
function wildcardOfPointer(pattern: string, path: string, n: number): string | undefined {
  const p = pattern.split('/');
  const t = path.split('/');
  let k = 0;
  for (let i = 0; i < p.length; i++) if (p[i] === '*' && k++ === n) return t[i];
  return undefined;
}

function resolve(
  at: Located,
  pattern: ResolvedCode['pattern'],
  kind: ResolvedCode['kind'],
  translations: ReadonlyMap<string, CodeTranslation> | undefined,
): ResolvedCode | undefined {
  const value = at.value;
  // Named reads of the code object's members (see `own`): what `prop` reads, with one read cache per member.
  if (!isObject(value)) return undefined;
  const o = value as { readonly code?: JsonValue; readonly numerotation?: JsonValue; readonly libelle?: JsonValue };
  const code = stringOf(own(o, 'code', o.code));
  if (code === undefined) return undefined;
  const declared = stringOf(own(o, 'numerotation', o.numerotation));
  const libelle = stringOf(own(o, 'libelle', o.libelle));
  const t = translations?.get(at.path);
  // A bare code is ans-2023 once translated; one the option could not translate stays in the stated numbering.
  const numbering = declared ?? (t !== undefined && t.to === undefined ? t.numbering : 'ans-2023');
  // In the ANS 2023 numbering the code is the concept's own (`toAns2023` would return it unchanged when it exists).
  const ans = numbering === 'ans-2023' ? code : numbering === 'cnsa-2018' || numbering === 'ror-r265' ? toAns2023(code, numbering) : undefined;
  const concept = ans === undefined ? undefined : lookup(ans);
  return new FoundCode(at, pattern, kind, code, numbering, t === undefined ? undefined : { code: t.from, numbering: t.numbering }, concept, libelle);
}

/** Indexes in {@link PAG_CODE_POSITIONS} of the timetable slots' and the engagements' prestations. */
const SLOT_PRESTATIONS = PAG_CODE_POSITIONS.findIndex((p) => p.pattern === '/annexes/emploiDuTemps/*/prestation');
const ENGAGED_PRESTATIONS = PAG_CODE_POSITIONS.findIndex((p) => p.pattern === '/engagements/*/prestations/*/prestation');

/** The array index the `n`-th `*` of a location of `pattern` stands for, or -1 (an object key). */
function indexAt(at: Located, pattern: string, n: number): number {
  const key = wildcardKey(at, n) ?? wildcardOfPointer(pattern, at.path, n);
  return typeof key === 'number' ? key : key !== undefined && /^(?:0|[1-9][0-9]*)$/.test(key) ? Number(key) : -1;
}

/** Computes the facts of a PAG. */
export function pagFacts(document: JsonValue, options: ResolvedOptions): PagFacts {
  const translations = options.codeTranslations.length === 0 ? undefined : new Map(options.codeTranslations.map((t) => [t.path, t]));
  const codes: ResolvedCode[] = [];
  // One generated walk finds the code objects, the dates and the date-pair objects (PAG_FACT_PATTERNS).
  const located = walkPagFacts(document);
  // The concepts of the slots' prestations (by slot index) and of the engagements' (by engagement, then
  // prestation index), read from where the walker found them. (The rules see JSON trees: a code object
  // sits at one place, or, reused at several places by a caller, holds the same code, hence the same concept.)
  const slotConcepts: (SerafinConcept | undefined)[] = [];
  const engagedConcepts: (SerafinConcept | undefined)[][] = [];
  for (let i = 0; i < PAG_FACT_DATES_FROM; i++) {
    const { kind, pattern } = PAG_CODE_POSITIONS[i] as (typeof PAG_CODE_POSITIONS)[number];
    for (const at of located[i] as Located[]) {
      const r = resolve(at, pattern, kind, translations);
      if (r === undefined) continue;
      codes.push(r);
      if (i === SLOT_PRESTATIONS) {
        const slot = indexAt(at, pattern, 0);
        if (slot >= 0) slotConcepts[slot] = r.concept;
      } else if (i === ENGAGED_PRESTATIONS) {
        const e = indexAt(at, pattern, 0);
        const k = indexAt(at, pattern, 1);
        if (e >= 0 && k >= 0) (engagedConcepts[e] ??= [])[k] = r.concept;
      }
    }
  }
  const engagementList: EngagementFact[] = [];
  const engagements = new Map<string, EngagementFact>();
  arrayOf(prop(document, 'engagements')).forEach((e, index) => {
    if (!isObject(e)) return;
    const o = e as { readonly identifiant?: JsonValue; readonly prestations?: JsonValue };
    const identifiant = stringOf(own(o, 'identifiant', o.identifiant));
    if (identifiant === undefined) return;
    const concepts = engagedConcepts[index];
    const prestations = arrayOf(own(o, 'prestations', o.prestations)).map((p, k) => ({ concept: concepts?.[k], value: p }));
    const fact = { index, identifiant, prestations };
    engagementList.push(fact);
    if (!engagements.has(identifiant)) engagements.set(identifiant, fact);
  });
  let dateReading: DateReading | undefined;
  let slotCodes: (SerafinCode | undefined)[] | undefined;
  let timetable: Timetable | undefined;
  const dateNaissance = calendarDate(at(document, 'situation', 'personne', 'dateNaissance'));
  const dateValidation = calendarDate(prop(document, 'dateValidation'));
  const dateElaboration = calendarDate(prop(document, 'dateElaboration'));
  const on = (date: string | undefined): string => date ?? dateValidation ?? dateElaboration ?? options.referenceDate;
  const age = (date: string | undefined): number | undefined => {
    if (dateNaissance === undefined) return undefined;
    return ageOn(dateNaissance, on(date));
  };
  const emancipation = calendarDate(at(document, 'situation', 'emancipation', 'date'));
  // Emancipated at sixteen or more (Code civil, art. 413-2): capable like an adult from that date (art. 413-6).
  const emancipatedAt = emancipation !== undefined && (age(emancipation) ?? 0) >= AGE_EMANCIPATION ? emancipation : undefined;
  return {
    statut: stringOf(prop(document, 'statut')),
    dateNaissance,
    dateValidation,
    dateElaboration,
    ageOn: age,
    isMinorOn: (date) => {
      const a = age(date);
      if (a === undefined) return undefined;
      return a < AGE_MAJORITE && (emancipatedAt === undefined || emancipatedAt > on(date));
    },
    codes,
    engagements,
    engagementList,
    translations: options.codeTranslations,
    dateReading: () => (dateReading ??= readDates(located.slice(PAG_FACT_DATES_FROM, PAG_FACT_PAIRS_FROM), located.slice(PAG_FACT_PAIRS_FROM))),
    slotCodes: () => (slotCodes ??= arrayOf(at(document, 'annexes', 'emploiDuTemps')).map((_, i) => slotConcepts[i]?.code)),
    timetable: () => (timetable ??= readTimetable(document, engagements, slotConcepts)),
  };
}
