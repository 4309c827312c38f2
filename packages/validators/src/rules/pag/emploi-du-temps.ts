/**
 * Rules on the weekly timetable annexed to the PAG: slots of engaged
 * operators and of their prestations, well-formed and not overlapping, with a
 * weekly volume that agrees with the declared frequencies.
 *
 * Règles de l'emploi du temps hebdomadaire.
 */
import type { Pag } from '@serafin-ph/pag-schema';
import type { EngagementFact, PagFacts } from './facts.js';
import { PAG_SOURCES, pagRule, text } from './pag-rule.js';
import { related } from './related-codes.js';


/** Minutes since midnight of a well-formed `HH:MM` (the schema's pattern; the rules reading it only run when it holds). */
function minutes(hhmm: string): number {
  return ((hhmm.charCodeAt(0) - 48) * 10 + hhmm.charCodeAt(1) - 48) * 60 + (hhmm.charCodeAt(3) - 48) * 10 + hhmm.charCodeAt(4) - 48;
}

function slotCode(facts: PagFacts, index: number): string | undefined {
  return facts.slotCodes()[index];
}

function slots(document: Pag): NonNullable<Pag['annexes']>['emploiDuTemps'] {
  return document.annexes?.emploiDuTemps ?? [];
}

const operateurEngage = pagRule({
  id: 'PAG-EDT-001',
  severity: 'error',
  family: 'emploi-du-temps',
  title: text('Créneaux d’opérateurs engagés', 'Slots of engaged operators'),
  description: text(
    'L’emploi du temps ne mobilise que des opérateurs engagés : chaque créneau désigne un engagement du PAG (`identifiantEngagement`).',
    'The timetable only uses engaged operators: each slot refers to an engagement of the PAG (`identifiantEngagement`).',
  ),
  source: PAG_SOURCES.pagType,
  reads: ['/annexes/emploiDuTemps/*/identifiantEngagement', '/engagements/*/identifiant'],
  check: ({ document, facts, emit, show }) => {
    slots(document).forEach((s, i) => {
      if (facts.engagements.has(s.identifiantEngagement)) return;
      const path = `/annexes/emploiDuTemps/${i}/identifiantEngagement`;
      emit(path, text(`Le créneau ${i} désigne l’engagement « ${show(path, s.identifiantEngagement)} », absent du PAG.`, `Slot ${i} refers to engagement '${show(path, s.identifiantEngagement)}', which is not in the PAG.`));
    });
  },
});

const prestationEngagee = pagRule({
  id: 'PAG-EDT-002',
  severity: 'error',
  family: 'emploi-du-temps',
  title: text('Créneaux des prestations engagées', 'Slots of engaged prestations'),
  description: text(
    'La prestation d’un créneau est l’une de celles auxquelles son opérateur s’est engagé (même code, ou code plus large ou plus précis de la même branche de SERAFIN-PH).',
    'The prestation of a slot is one of those its operator committed to (same code, or a broader or narrower code of the same SERAFIN-PH branch).',
  ),
  source: PAG_SOURCES.pagType,
  reads: ['/annexes/emploiDuTemps/*/identifiantEngagement', '/annexes/emploiDuTemps/*/prestation', '/engagements/*/identifiant', '/engagements/*/prestations/*/prestation'],
  check: ({ document, facts, emit }) => {
    // The codes each engagement commits to, listed once per engagement.
    const engagedCodes = new Map<EngagementFact, string[]>();
    slots(document).forEach((s, i) => {
      const e = facts.engagements.get(s.identifiantEngagement);
      if (e === undefined) return;
      const code = slotCode(facts, i);
      if (code === undefined) return;
      let engaged = engagedCodes.get(e);
      if (engaged === undefined) {
        engaged = e.prestations.map((p) => p.concept?.code).filter((c): c is NonNullable<typeof c> => c !== undefined);
        engagedCodes.set(e, engaged);
      }
      if (engaged.some((p) => related(p, code))) return;
      emit(`/annexes/emploiDuTemps/${i}/prestation`, text(`La prestation ${code} du créneau ${i} n’est pas engagée par l’engagement ${e.index} (prestations engagées : ${engaged.join(', ')}).`, `Prestation ${code} of slot ${i} is not committed by engagement ${e.index} (engaged prestations: ${engaged.join(', ')}).`), {
        prestation: code,
        engagement: e.index,
        prestationsEngagees: [...engaged],
      });
    });
  },
});

const horairesOrdonnes = pagRule({
  id: 'PAG-EDT-003',
  severity: 'error',
  family: 'emploi-du-temps',
  title: text('Début de créneau avant la fin', 'Slot start before its end'),
  description: text('Chaque créneau commence avant de finir (`heureDebut` < `heureFin`, le même jour).', 'Each slot starts before it ends (`heureDebut` < `heureFin`, on the same day).'),
  source: PAG_SOURCES.projet,
  reads: ['/annexes/emploiDuTemps/*/heureDebut', '/annexes/emploiDuTemps/*/heureFin'],
  check: ({ document, emit }) => {
    slots(document).forEach((s, i) => {
      if (s.heureDebut < s.heureFin) return;
      emit(`/annexes/emploiDuTemps/${i}/heureFin`, text(`Créneau ${i} : fin (${s.heureFin}) avant ou égale au début (${s.heureDebut}).`, `Slot ${i}: end (${s.heureFin}) on or before start (${s.heureDebut}).`));
    });
  },
});

/** Where a slot takes place: its kind of place and, when given, its precision (two slots without precision at the same kind of place are in the same place). */
function placeOf(s: { lieu: string; precisionLieu?: string }): string {
  return s.precisionLieu === undefined ? s.lieu : `${s.lieu}\u0000${s.precisionLieu.trim().toLowerCase()}`;
}

function samePlace(a: { lieu: string; precisionLieu?: string }, b: { lieu: string; precisionLieu?: string }): boolean {
  if (a.lieu !== b.lieu) return false;
  if (a.precisionLieu === undefined || b.precisionLieu === undefined) return true;
  return placeOf(a) === placeOf(b);
}

const chevauchementLieux = pagRule({
  id: 'PAG-EDT-004',
  severity: 'warning',
  family: 'emploi-du-temps',
  title: text('Créneaux simultanés en des lieux différents', 'Simultaneous slots in different places'),
  description: text(
    'La co-intervention est une pratique ordinaire (un éducateur de SESSAD en classe pendant le temps de l’AESH, un SAAD pendant un soin du SSIAD) : deux créneaux simultanés au même lieu sont légitimes et ne sont pas signalés. Deux créneaux qui se chevauchent en des lieux différents (`lieu`, ou même type de lieu avec des `precisionLieu` différentes) reçoivent un avertissement : la personne ne peut être à deux endroits à la fois. Un créneau peut commencer à l’heure où le précédent finit.',
    'Co-intervention is ordinary practice (a SESSAD educator in class during the AESH’s time, a home-help service during a nursing visit): two simultaneous slots in the same place are legitimate and not reported. Two slots overlapping in different places (`lieu`, or the same kind of place with different `precisionLieu`) get a warning: the person cannot be in two places at once. A slot may start when the previous one ends.',
  ),
  source: PAG_SOURCES.projet,
  reads: ['/annexes/emploiDuTemps/*/jour', '/annexes/emploiDuTemps/*/heureDebut', '/annexes/emploiDuTemps/*/heureFin', '/annexes/emploiDuTemps/*/lieu', '/annexes/emploiDuTemps/*/precisionLieu'],
  check: ({ document, emit }) => {
    const list = slots(document);
    // Sweep each day in start order, keeping the two slots that end last among those already seen, at two
    // different places: a new slot overlaps a slot elsewhere exactly when one of the two ends after it starts
    // and is elsewhere. O(n log n) for the sort, then linear.
    const order = list.map((_, i) => i).filter((i) => {
      const s = list[i] as (typeof list)[number];
      return s.heureDebut < s.heureFin;
    });
    order.sort((x, y) => {
      const a = list[x] as (typeof list)[number];
      const b = list[y] as (typeof list)[number];
      return a.jour === b.jour ? (a.heureDebut < b.heureDebut ? -1 : a.heureDebut > b.heureDebut ? 1 : x - y) : a.jour < b.jour ? -1 : 1;
    });
    let day: string | undefined;
    let first: number | undefined;
    let second: number | undefined;
    for (const i of order) {
      const a = list[i] as (typeof list)[number];
      if (a.jour !== day) {
        day = a.jour;
        first = undefined;
        second = undefined;
      }
      for (const j of [first, second]) {
        if (j === undefined) continue;
        const b = list[j] as (typeof list)[number];
        if (b.heureFin <= a.heureDebut || samePlace(a, b)) continue;
        emit(
          `/annexes/emploiDuTemps/${i}`,
          text(
            `Le créneau ${i} (${a.jour} ${a.heureDebut}–${a.heureFin}, lieu « ${a.lieu} ») chevauche le créneau ${j} (${b.heureDebut}–${b.heureFin}, lieu « ${b.lieu} ») en un autre lieu : la personne ne peut être aux deux endroits. S’il s’agit d’une co-intervention, donnez aux deux créneaux le même lieu (« lieu » et « precisionLieu ») ; sinon corrigez les horaires.`,
            `Slot ${i} (${a.jour} ${a.heureDebut}–${a.heureFin}, place '${a.lieu}') overlaps slot ${j} (${b.heureDebut}–${b.heureFin}, place '${b.lieu}') in another place: the person cannot be in both. For a co-intervention, give both slots the same place (\`lieu\` and \`precisionLieu\`); otherwise correct the times.`,
          ),
          { autreCreneau: j },
        );
        break;
      }
      // Keep the two latest-ending slots at two different places.
      const f = first === undefined ? undefined : (list[first] as (typeof list)[number]);
      if (f === undefined || a.heureFin > f.heureFin) {
        if (f !== undefined && !samePlace(a, f)) second = first;
        first = i;
      } else {
        const g = second === undefined ? undefined : (list[second] as (typeof list)[number]);
        if (!samePlace(a, f) && (g === undefined || a.heureFin > g.heureFin)) second = i;
      }
    }
  },
});

const volumeHebdomadaire = pagRule({
  id: 'PAG-EDT-005',
  severity: 'warning',
  family: 'emploi-du-temps',
  title: text('Volume hebdomadaire conforme aux fréquences', 'Weekly volume agrees with the frequencies'),
  description: text(
    'Pour chaque prestation engagée à une fréquence hebdomadaire (`frequence.periode: "semaine"`) qui figure dans l’emploi du temps, le nombre de créneaux de la semaine type égale le nombre de fois par semaine, et, quand la durée est donnée, la durée totale des créneaux égale nombre × durée. Les autres périodes (jour, mois…) ne se comparent pas à une semaine type et ne sont pas contrôlées.',
    'For each prestation engaged at a weekly frequency (`frequence.periode: "semaine"`) that appears in the timetable, the number of slots in the typical week equals the number of times per week, and, when the duration is given, the total duration of the slots equals number × duration. Other periods (day, month…) do not compare with a typical week and are not checked.',
  ),
  source: PAG_SOURCES.l11411,
  reads: ['/annexes/emploiDuTemps', '/engagements/*/identifiant', '/engagements/*/prestations'],
  check: ({ document, facts, emit }) => {
    const list = slots(document);
    if (list.length === 0) return;
    const codes = facts.slotCodes();
    for (const e of facts.engagementList) {
      const own: { s: (typeof list)[number]; i: number }[] = [];
      for (let i = 0; i < list.length; i++) {
        const s = list[i] as (typeof list)[number];
        if (s.identifiantEngagement === e.identifiant) own.push({ s, i });
      }
      if (own.length === 0) continue;
      const engagement = document.engagements[e.index];
      if (engagement === undefined) continue;
      engagement.prestations.forEach((p, k) => {
        const code = e.prestations[k]?.concept?.code;
        if (code === undefined || p.frequence.periode !== 'semaine') return;
        const matching = own.filter(({ i }) => {
          const c = codes[i];
          return c !== undefined && related(c, code);
        });
        const count = matching.length;
        // A prestation absent from the timetable is not compared: a slot carries one prestation, and
        // prestations given during another one's slots (daily-life support during a day placement) are not listed.
        if (count === 0) return;
        const total = matching.reduce((sum, { s }) => sum + Math.max(0, minutes(s.heureFin) - minutes(s.heureDebut)), 0);
        const expectedMinutes = p.frequence.dureeMinutes === undefined ? undefined : p.frequence.nombre * p.frequence.dureeMinutes;
        const countOk = count === p.frequence.nombre;
        const minutesOk = expectedMinutes === undefined || total === expectedMinutes;
        if (countOk && minutesOk) return;
        const path = `/engagements/${e.index}/prestations/${k}/frequence`;
        const parts = [
          ...(countOk ? [] : [text(`${count} créneau(x) dans l’emploi du temps pour ${p.frequence.nombre} fois par semaine déclarées`, `${count} slot(s) in the timetable for ${p.frequence.nombre} times a week declared`)]),
          ...(minutesOk ? [] : [text(`${total} minutes par semaine pour ${expectedMinutes} minutes déclarées (${p.frequence.nombre} × ${p.frequence.dureeMinutes})`, `${total} minutes a week for ${expectedMinutes} minutes declared (${p.frequence.nombre} × ${p.frequence.dureeMinutes})`)]),
        ];
        emit(path, text(`Prestation ${code} de l’engagement ${e.index} : ${parts.map((x) => x.fr).join(' ; ')}.`, `Prestation ${code} of engagement ${e.index}: ${parts.map((x) => x.en).join('; ')}.`), {
          prestation: code,
          creneaux: count,
          frequenceHebdomadaire: p.frequence.nombre,
          minutesEmploiDuTemps: total,
          ...(expectedMinutes === undefined ? {} : { minutesDeclarees: expectedMinutes }),
          creneauxConcernes: matching.map(({ i }) => i),
        });
      });
    }
  },
});

/** The timetable rules. */
export const emploiDuTempsRules = [operateurEngage, prestationEngagee, horairesOrdonnes, chevauchementLieux, volumeHebdomadaire];
