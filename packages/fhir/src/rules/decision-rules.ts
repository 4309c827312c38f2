/**
 * The TDDUI decision extension (`tddui-decision`, TDDUI 2.4.0): its bound
 * elements, the consistency of category and type (TRE_R420 hierarchy), and the
 * published invariants that test list codes, ported as rules. Each rule cites
 * the invariant key; the expressions are in the catalogue page.
 *
 * Two published invariants navigate one level too deep (`FormationCardinality`
 * and `temporaliteAccueilCardinalityViaTypeDroitPrestation`, declared on
 * `droitPrestation`, look for `extension.where(url='droitPrestation')` inside
 * it, which never exists, so that as written they reject every decision of
 * type 11.1, 8.6, 8.7, 8.8 or 8.10). The rules check their evident intent:
 * the element under `detailPrestation` of the same `droitPrestation`.
 */
import { treR420DroitPrestation } from '@serafin-ph/nomenclature/referentiels';
import { checkBoundConcept } from '../bindings/check-binding.js';
import { quoteCode, type CheckContext } from '../walk/context.js';
import { at, type Location } from '../walk/location.js';

/** Canonical URL of the TDDUI decision extension. */
export const TDDUI_DECISION_URL = 'https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-decision';

const VS = 'https://smt.esante.gouv.fr/fhir/ValueSet/';

/** Bindings of the sub-extensions (path of urls from the decision extension), TDDUI 2.4.0, all `required`. */
const DECISION_BINDINGS: readonly { readonly path: readonly string[]; readonly valueSet: string }[] = [
  { path: ['typeDecision'], valueSet: `${VS}jdv-j398-type-decision-ms` },
  { path: ['motivation'], valueSet: `${VS}jdv-j399-motivation-ms` },
  { path: ['droitPrestation', 'categorieDroitPrestation'], valueSet: `${VS}jdv-j401-categorie-droit-prestation-ms` },
  { path: ['droitPrestation', 'typeDroitPrestation'], valueSet: `${VS}jdv-j402-type-droit-prestation-ms` },
  { path: ['droitPrestation', 'natureDroitPrestation'], valueSet: `${VS}jdv-j400-nature-droit-prestation-ms` },
  { path: ['droitPrestation', 'motifFinPAG'], valueSet: `${VS}jdv-j403-motif-fin-pag-ms` },
  { path: ['droitPrestation', 'typeCompensation'], valueSet: `${VS}jdv-j394-type-demande-compensation-ms` },
  {
    path: ['droitPrestation', 'detailPrestation', 'temporaliteAccueil'],
    valueSet: 'https://mos.esante.gouv.fr/NOS/JDV_J30-TemporaliteAccueil-ROR/FHIR/JDV-J30-TemporaliteAccueil-ROR',
  },
  { path: ['droitPrestation', 'detailPrestation', 'precisionOrientation'], valueSet: `${VS}jdv-j408-orientation-ms` },
  { path: ['droitPrestation', 'detailPrestation', 'qualificationOrientation'], valueSet: `${VS}jdv-j404-qualification-orientation-ms` },
  {
    path: ['droitPrestation', 'detailPrestation', 'priseCharge', 'modePriseCharge'],
    valueSet: 'https://mos.esante.gouv.fr/NOS/JDV_J264-ModeEtCentreDePriseEnCharge-MDPH/FHIR/JDV-J264-ModeEtCentreDePriseEnCharge-MDPH',
  },
];

interface Ext {
  readonly value: Record<string, unknown>;
  readonly location: Location;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sub-extensions of `parent` whose `url` is `url`. */
function subs(parent: Ext, url: string): Ext[] {
  const list = parent.value['extension'];
  if (!Array.isArray(list)) return [];
  const out: Ext[] = [];
  list.forEach((e, i) => {
    if (isObject(e) && e['url'] === url) out.push({ value: e, location: at(at(parent.location, 'extension'), i) });
  });
  return out;
}

function subsPath(root: Ext, path: readonly string[]): Ext[] {
  let current = [root];
  for (const url of path) current = current.flatMap((e) => subs(e, url));
  return current;
}

/** Codes of the `valueCodeableConcept` of an extension (any system, as the invariants test them). */
function codesOf(ext: Ext | undefined): string[] {
  if (ext === undefined) return [];
  const concept = ext.value['valueCodeableConcept'];
  if (!isObject(concept) || !Array.isArray(concept['coding'])) return [];
  return (concept['coding'] as unknown[]).flatMap((c) => (isObject(c) && typeof c['code'] === 'string' ? [c['code']] : []));
}

/** Where the `valueCodeableConcept` of an extension is (the location its issues point to). */
function conceptLocationOf(ext: Ext): Location {
  return at(ext.location, 'valueCodeableConcept');
}

const PRECISIONS: readonly { readonly type: string; readonly allowed: readonly string[]; readonly key: string }[] = [
  { type: '7.8', allowed: ['1', '2', '3', '4', '5', '6'], key: 'PrecisionOrientationValues7.8' },
  { type: '7.9', allowed: ['7', '8'], key: 'PrecisionOrientationValues7.9' },
  { type: '8.3', allowed: ['9', '10'], key: 'PrecisionOrientationValues8.3' },
  { type: '8.6', allowed: ['UEA', 'UEM'], key: 'PrecisionOrientationValues8.6' },
];

/** Checks one `tddui-decision` extension (an object whose `url` is {@link TDDUI_DECISION_URL}). */
export function checkDecision(ctx: CheckContext, extension: Record<string, unknown>, location: Location): void {
  const root: Ext = { value: extension, location };
  for (const binding of DECISION_BINDINGS) {
    for (const ext of subsPath(root, binding.path)) {
      if (ext.value['valueCodeableConcept'] !== undefined) {
        checkBoundConcept(ctx, ext.value['valueCodeableConcept'], conceptLocationOf(ext), binding.valueSet, 'required', `tddui-decision ${binding.path.join('.')}`);
      }
    }
  }
  // motivationLocaleRequired
  if (subs(root, 'motivation').some((m) => codesOf(m).includes('9999')) && !subs(root, 'motivationLocale').some((m) => typeof m.value['valueString'] === 'string')) {
    ctx.report(
      'FHIR-DECISION-006',
      location,
      { fr: 'Motivation 9999 sans motivation locale (motivationLocale).', en: 'Motivation 9999 without a local motivation (motivationLocale).' },
      { invariant: 'motivationLocaleRequired' },
    );
  }
  // DateEffetClotureCardinality
  if (subs(root, 'typeDecision').some((t) => codesOf(t).includes('5')) && subs(root, 'dateEffetCloture').length === 0) {
    ctx.report(
      'FHIR-DECISION-007',
      location,
      { fr: 'Décision de clôture (type 5) sans date d’effet de clôture (dateEffetCloture).', en: 'Closing decision (type 5) without a closing effective date (dateEffetCloture).' },
      { invariant: 'DateEffetClotureCardinality' },
    );
  }
  for (const droit of subs(root, 'droitPrestation')) checkDroit(ctx, droit);
}

function checkDroit(ctx: CheckContext, droit: Ext): void {
  const categorie = subs(droit, 'categorieDroitPrestation')[0];
  const type = subs(droit, 'typeDroitPrestation')[0];
  const details = subs(droit, 'detailPrestation');
  const categories = codesOf(categorie);
  const types = codesOf(type);
  // category / type consistency (TRE_R420 hierarchy)
  if (categorie !== undefined && type !== undefined) {
    for (const t of types) {
      // a code TRE_R420 does not have is FHIR-CODE-001's; parent() throws on it
      const parent = treR420DroitPrestation.has(t) ? treR420DroitPrestation.parent(t) : undefined;
      const known = categories.filter((c) => treR420DroitPrestation.has(c));
      if (parent === undefined || known.length === 0 || known.includes(parent)) continue;
      ctx.report(
        'FHIR-DECISION-001',
        conceptLocationOf(type),
        {
          fr: `Le type ${quoteCode(t)} (« ${treR420DroitPrestation.lookup(t)?.display ?? ''} ») relève de la catégorie ${parent} (« ${treR420DroitPrestation.lookup(parent)?.display ?? ''} »), pas de la catégorie ${known.map(quoteCode).join(', ')}.`,
          en: `Type ${quoteCode(t)} (“${treR420DroitPrestation.lookup(t)?.display ?? ''}”) belongs to category ${parent} (“${treR420DroitPrestation.lookup(parent)?.display ?? ''}”), not to category ${known.map(quoteCode).join(', ')}.`,
        },
        { type: t, expectedCategory: parent, category: known },
      );
    }
  }
  const precisions = details.flatMap((d) => subs(d, 'precisionOrientation'));
  for (const rule of PRECISIONS) {
    if (!types.includes(rule.type)) continue;
    for (const p of precisions) {
      if (codesOf(p).some((c) => rule.allowed.includes(c))) continue;
      ctx.report(
        'FHIR-DECISION-002',
        conceptLocationOf(p),
        {
          fr: `Précision d’orientation non admise pour le type ${rule.type} : ${rule.allowed.join(', ')} attendu.`,
          en: `Orientation precision not allowed for type ${rule.type}: ${rule.allowed.join(', ')} expected.`,
        },
        { invariant: rule.key, type: rule.type, allowed: rule.allowed },
      );
    }
  }
  if ((types.includes('13.1') || types.includes('13.2')) && precisions.length > 0) {
    for (const p of precisions) {
      ctx.report(
        'FHIR-DECISION-003',
        p.location,
        { fr: 'Précision d’orientation interdite pour les types 13.1 et 13.2.', en: 'Orientation precision forbidden for types 13.1 and 13.2.' },
        { invariant: 'PrecisionOrientationValues13.1-13.2' },
      );
    }
  }
  const hasTemporalite = details.some((d) => subs(d, 'temporaliteAccueil').length > 0);
  const byCategory = categories.includes('13') || categories.includes('7');
  const byType = ['8.6', '8.7', '8.8', '8.10'].find((t) => types.includes(t));
  if (!hasTemporalite && (byCategory || byType !== undefined)) {
    const reason = byCategory ? `catégorie ${categories.includes('13') ? '13' : '7'}` : `type ${byType!}`;
    const reasonEn = byCategory ? `category ${categories.includes('13') ? '13' : '7'}` : `type ${byType!}`;
    ctx.report(
      'FHIR-DECISION-004',
      droit.location,
      {
        fr: `Temporalité d’accueil (detailPrestation.temporaliteAccueil) obligatoire pour la ${reason}.`,
        en: `Reception temporality (detailPrestation.temporaliteAccueil) required for ${reasonEn}.`,
      },
      { invariant: byCategory ? 'temporaliteAccueilCardinalityViaCategorieDroitPrestation' : 'temporaliteAccueilCardinalityViaTypeDroitPrestation' },
    );
  }
  if ((categories.includes('7') || types.some((t) => /^7[.][0-9]+$/.test(t))) && subs(droit, 'creton').length === 0) {
    ctx.report(
      'FHIR-DECISION-005',
      droit.location,
      { fr: 'Indication « amendement Creton » (creton) obligatoire pour la catégorie 7.', en: '“Creton amendment” flag (creton) required for category 7.' },
      { invariant: 'cretonCardinality' },
    );
  }
  if (types.includes('11.1') && !details.some((d) => subs(d, 'formation').length > 0)) {
    ctx.report(
      'FHIR-DECISION-008',
      droit.location,
      { fr: 'Formation (detailPrestation.formation) obligatoire pour le type 11.1.', en: 'Training (detailPrestation.formation) required for type 11.1.' },
      { invariant: 'FormationCardinality' },
    );
  }
}
