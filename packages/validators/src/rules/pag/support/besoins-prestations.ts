/**
 * Which SERAFIN-PH prestations directes (and, for the need to get about by
 * transport, the engageable transports 3.2.4.x, JDV_J282) answer which
 * besoins, for the rule "each identified need is answered by at least one
 * engaged prestation".
 *
 * INFERRED: no structured besoin → prestation table is published (the ANS
 * CodeSystem has none); this table is the project's reading of the CNSA
 * descriptive sheets (paragraphs « BESOINS AUXQUELS LA PRESTATION RÉPOND »,
 * Guide descriptif des nomenclatures détaillées, comité stratégique du
 * 27 avril 2018, mise à jour décembre 2020) and of the parallel structure of
 * the two nomenclatures (1.1 santé ↔ 2.1 soins, 1.2 autonomie ↔ 2.2,
 * 1.3 participation sociale ↔ 2.3). Codes in the ANS 2023 numbering. The
 * need 1.3.4.2 « Besoins pour se déplacer avec un moyen de transport » is also
 * answered by 3.2.4 « Transports liés au projet individuel » and its codes,
 * the one indirect prestation a PAG may engage since 1.1.0 (probe 4, PAG 14:
 * a transport service engaged for the way to work left the need uncovered).
 *
 * Correspondance besoins → prestations directes (lecture du projet).
 */
import { lookup, type SerafinCode } from '@serafin-ph/nomenclature';
import { entryOf, own } from '../../../json/access.js';
import { related } from './related-codes.js';

/**
 * Besoin (ANS 2023) → prestations directes that answer it (and the transports
 * 3.2.4 for getting about by transport). A need coded at a
 * broader or narrower level than a key uses the nearest key above it, or the
 * union of the keys below it.
 */
export const PRESTATIONS_POUR_BESOIN: Readonly<Record<string, readonly SerafinCode[]>> = {
  // 1.1 Santé somatique ou psychique → soins, rééducation (2.1); pharmacie for somatic functions.
  '1.1': ['2.1'],
  '1.1.1': ['2.1.1.1', '2.1.1.2', '2.1.1.3', '2.1.2'],
  '1.1.10': ['2.1.1', '2.1.2'],
  // 1.2 Autonomie → 2.2.
  '1.2': ['2.2'],
  '1.2.1.1': ['2.2.1'],
  '1.2.1.2': ['2.2.2'],
  '1.2.1.3': ['2.2.1', '2.1.2', '2.3.4.3'],
  '1.2.1.4': ['2.2.3'],
  // 1.3 Participation sociale → 2.3.
  '1.3': ['2.3'],
  '1.3.1': ['2.3.1', '2.3.3.6'],
  '1.3.2': ['2.3.2', '2.2.1'],
  '1.3.2.1': ['2.3.2.1', '2.3.5.2'],
  '1.3.2.2': ['2.3.2.2', '2.2.1', '2.3.5.2'],
  '1.3.3': ['2.3.3'],
  '1.3.3.1': ['2.3.3.1'],
  '1.3.3.2': ['2.3.3.1', '2.3.3.2', '2.3.3.3'],
  '1.3.3.3': ['2.3.3.1', '2.3.3.2', '2.3.3.4', '2.3.3.5'],
  '1.3.3.4': ['2.3.3.5'],
  '1.3.3.5': ['2.3.3.6'],
  '1.3.4': ['2.3.4', '2.3.3.4', '3.2.4'],
  '1.3.4.1': ['2.3.4.1', '2.3.4.2', '2.3.3.4'],
  '1.3.4.2': ['2.3.4.3', '3.2.4'],
  '1.3.5': ['2.3.5'],
};

function keysFor(besoin: string): readonly SerafinCode[] {
  // Own entries only (the result is kept): a code is a value of the document, not a name of the table's prototype.
  const direct = entryOf(PRESTATIONS_POUR_BESOIN, besoin);
  if (direct !== undefined) return direct;
  // Narrower keys (a need coded at a broad level is answered by what answers its parts).
  const below = Object.keys(PRESTATIONS_POUR_BESOIN).filter((k) => k.startsWith(`${besoin}.`));
  if (below.length > 0) return below.flatMap((k) => PRESTATIONS_POUR_BESOIN[k] as readonly SerafinCode[]);
  // Broader key.
  for (let code = besoin; code.includes('.');) {
    code = code.slice(0, code.lastIndexOf('.'));
    const up = entryOf(PRESTATIONS_POUR_BESOIN, code);
    if (up !== undefined) return up;
  }
  return [];
}

/** The prestations (ANS 2023: directes, or the transports 3.2.4) that answer a besoin, deprecated besoins read through their replacement. */
export function prestationsForBesoin(besoin: SerafinCode): readonly SerafinCode[] {
  let found = FOR_BESOIN.get(besoin);
  if (found === undefined) {
    const concept = lookup(besoin);
    // Own member only (the result is kept): a concept that is not deprecated inherits no `replacedBy` from a polluted `Object.prototype`.
    const code = (concept === undefined ? undefined : own(concept, 'replacedBy', concept.replacedBy)) ?? besoin;
    found = Object.freeze([...new Set(keysFor(code))]);
    FOR_BESOIN.set(besoin, found);
  }
  return found;
}

/** {@link prestationsForBesoin} of each besoin asked, computed once (a fixed table over a fixed nomenclature). */
const FOR_BESOIN = new Map<SerafinCode, readonly SerafinCode[]>();

/**
 * True when an engaged prestation answers the need: it is one of the
 * prestations listed for it, or a broader or narrower code of one of them.
 */
export function answers(besoin: SerafinCode, prestation: SerafinCode): boolean {
  let row = ANSWERS.get(besoin);
  if (row === undefined) {
    row = new Map();
    ANSWERS.set(besoin, row);
  }
  let found = row.get(prestation);
  if (found === undefined) {
    const concept = lookup(prestation);
    const p = (concept === undefined ? undefined : own(concept, 'replacedBy', concept.replacedBy)) ?? prestation;
    found = prestationsForBesoin(besoin).some((expected) => related(expected, p));
    row.set(prestation, found);
  }
  return found;
}

/** {@link answers} of each pair asked, computed once (bounded by the number of codes squared). */
const ANSWERS = new Map<SerafinCode, Map<SerafinCode, boolean>>();
