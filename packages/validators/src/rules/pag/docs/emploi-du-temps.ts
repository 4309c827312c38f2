/**
 * Documentation of the emploi-du-temps rules of the PAG (title, description,
 * source), apart from their checks (`../emploi-du-temps.ts`) so that a page that only
 * validates does not ship it; the rule catalogue (`RULES`) joins them.
 *
 * Documentation des règles « emploi-du-temps ».
 */
import { text } from '../../../messages.js';
import { PAG_SOURCES } from '../support/pag-rule.js';
import type { RuleDocs } from '../../rule-docs.js';

/** Title, description and source of each emploi-du-temps rule, by rule id. */
export const emploiDuTempsDocs = {
  'PAG-EDT-001': {
    title: text('Créneaux d’opérateurs engagés', 'Slots of engaged operators'),
    description: text(
      'L’emploi du temps ne mobilise que des opérateurs engagés : chaque créneau désigne un engagement du PAG (`identifiantEngagement`).',
      'The timetable only uses engaged operators: each slot refers to an engagement of the PAG (`identifiantEngagement`).',
    ),
    source: PAG_SOURCES.pagType,
  },
  'PAG-EDT-002': {
    title: text('Créneaux des prestations engagées', 'Slots of engaged prestations'),
    description: text(
      'La prestation d’un créneau est l’une de celles auxquelles son opérateur s’est engagé (même code, ou code plus large ou plus précis de la même branche de SERAFIN-PH).',
      'The prestation of a slot is one of those its operator committed to (same code, or a broader or narrower code of the same SERAFIN-PH branch).',
    ),
    source: PAG_SOURCES.pagType,
  },
  'PAG-EDT-003': {
    title: text('Début de créneau avant la fin', 'Slot start before its end'),
    description: text(
      'Chaque créneau commence avant de finir : `heureDebut` < `heureFin` le même jour ; un créneau qui passe minuit (nuit d’internat, accueil de nuit) porte `finLendemain: true` et finit le lendemain à `heureFin`, au plus tard à l’heure où il a commencé (24 heures). Un créneau qui finit à minuit peut s’écrire `heureFin: "00:00"` sans `finLendemain` (« 21 h – minuit ») : il finit à minuit, le lendemain à 00:00 ; seul un créneau de 00:00 à 00:00 sans `finLendemain` n’a pas de durée.',
      'Each slot starts before it ends: `heureDebut` < `heureFin` on the same day; a slot that crosses midnight (boarding night, night care) has `finLendemain: true` and ends the next day at `heureFin`, at the latest at its start time (24 hours). A slot that ends at midnight may be written `heureFin: "00:00"` without `finLendemain` ("9 pm – midnight"): it ends at midnight, 00:00 the next day; only a slot from 00:00 to 00:00 without `finLendemain` has no length.',
    ),
    source: PAG_SOURCES.projet,
  },
  'PAG-EDT-004': {
    title: text('Créneaux simultanés en des lieux différents', 'Simultaneous slots in different places'),
    description: text(
      'La co-intervention est une pratique ordinaire (un éducateur de SESSAD en classe pendant le temps de l’AESH, un SAAD pendant un soin du SSIAD) : deux créneaux simultanés au même lieu sont légitimes et ne sont pas signalés. Deux créneaux qui se chevauchent en des lieux différents (`lieu`, ou même type de lieu avec des `precisionLieu` différentes) reçoivent un avertissement : la personne ne peut être à deux endroits à la fois. Un créneau peut commencer à l’heure où le précédent finit. Un créneau qui passe minuit (`finLendemain`) occupe aussi le début du lendemain (le dimanche soir, le lundi) ; deux créneaux de semaines alternées différentes (`alternance` semaine-a, semaine-b), ou de périodes qui ne se rencontrent pas (période scolaire et vacances scolaires, séjours datés disjoints), ne se chevauchent pas.',
      'Co-intervention is ordinary practice (a SESSAD educator in class during the AESH’s time, a home-help service during a nursing visit): two simultaneous slots in the same place are legitimate and not reported. Two slots overlapping in different places (`lieu`, or the same kind of place with different `precisionLieu`) get a warning: the person cannot be in two places at once. A slot may start when the previous one ends. A slot crossing midnight (`finLendemain`) also takes the start of the next day (Monday after Sunday night); two slots of different alternating weeks (`alternance` semaine-a, semaine-b), or of periods that never meet (school term and school holidays, disjoint dated stays), do not overlap.',
    ),
    source: PAG_SOURCES.projet,
  },
  'PAG-EDT-006': {
    title: text('Créneau qui dit ce qui s’y passe', 'Slot that says what takes place'),
    description: text(
      'Depuis la version 1.1.0, la prestation SERAFIN-PH d’un créneau est facultative (intervention d’un opérateur hors ESMS) : un créneau donne alors la nature de ce qui s’y passe (`nature`, par exemple « classe ULIS »). Un créneau sans prestation ni nature ne dit pas ce qu’il contient, sauf quand son engagement ne compte qu’une prestation : le créneau est alors cette prestation (« IME, 9 h – 15 h 30 »).',
      'Since schema 1.1.0, the SERAFIN-PH prestation of a slot is optional (intervention of a non-ESMS operator): the slot then gives the nature of what takes place (`nature`, e.g. "ULIS class"). A slot with neither prestation nor nature does not say what it holds, unless its engagement has a single prestation: the slot is then that prestation ("IME, 9:00–15:30").',
    ),
    source: PAG_SOURCES.pagType,
  },
  'PAG-EDT-005': {
    title: text('Volume hebdomadaire conforme aux fréquences', 'Weekly volume agrees with the frequencies'),
    description: text(
      'Pour chaque prestation engagée à une fréquence par semaine ou par quinzaine (`frequence.periode` : `semaine`, `quinzaine`) qui figure dans l’emploi du temps, le nombre de créneaux égale le nombre déclaré, et, quand la durée est donnée, la durée totale des créneaux égale nombre × durée (un créneau qui passe minuit compte jusqu’à sa fin le lendemain). Un créneau dure au plus 24 heures : des créneaux de la prestation qui se suivent sans interruption là où un créneau doit s’arrêter (l’un commence à la minute où l’autre finit, à minuit ou après 24 heures, avec la même alternance) forment un seul séjour ; deux créneaux qui se suivent dans la journée (9 h–12 h, 12 h–17 h) restent deux, et la fréquence concorde aussi quand elle compte ces séjours (« 1 par quinzaine » pour un week-end sur deux écrit du samedi 10 h au dimanche 10 h puis du dimanche 10 h à 17 h). Sur une quinzaine, un créneau de chaque semaine compte deux fois ; un créneau d’une semaine sur deux (`alternance`) compte pour moitié d’une semaine, une fois par quinzaine. Un créneau limité à la période scolaire appartient à la semaine d’école (la semaine ordinaire d’un élève), un créneau des vacances scolaires à la semaine de vacances ; la fréquence concorde quand elle correspond à l’une des deux (un créneau sans période compte dans les deux). Un créneau d’un séjour daté ou d’une autre période n’appartient à aucune semaine ordinaire et n’est pas compté (si tous le sont, rien n’est comparé). Les autres périodes de fréquence (jour, mois…) ne se comparent pas à une semaine et ne sont pas contrôlées.',
      'For each prestation engaged at a weekly or fortnightly frequency (`frequence.periode`: `semaine`, `quinzaine`) that appears in the timetable, the number of slots equals the declared number, and, when the duration is given, the total duration of the slots equals number × duration (a slot crossing midnight counts until its end the next day). A slot lasts at most 24 hours: slots of the prestation that follow one another without a break where a slot must end (one starts at the minute the other ends, at midnight or after 24 hours, with the same alternance) make one stay; two slots that follow one another during a day (09:00–12:00, 12:00–17:00) stay two, and the frequency also agrees when it counts these stays (“1 a fortnight” for every other week-end written from Saturday 10:00 to Sunday 10:00, then from Sunday 10:00 to 17:00). Over a fortnight, a slot of every week counts twice; a slot of every other week (`alternance`) counts half a week, once a fortnight. A slot limited to school term belongs to the school week (a pupil’s ordinary week), a school-holiday slot to the holiday week; the frequency agrees when it matches either (a slot without a period counts in both). A slot of a dated stay or of another period belongs to no ordinary week and is not counted (when all are, nothing is compared). Other frequency periods (day, month…) do not compare with a week and are not checked.',
    ),
    source: PAG_SOURCES.l11411,
  },
} satisfies RuleDocs;
