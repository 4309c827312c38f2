/**
 * Checks of one code against the system it is written under: SERAFIN-PH
 * (numberings, deprecations, displays), the ANS companion lists, TRE_R265,
 * and the system URL itself.
 */
import { SERAFIN_SYSTEM, SERAFIN_VALUE_SETS, lookup, normalizeDisplay, numberingConcept, translate, type Numbering } from '@serafin-ph/nomenclature';
import type { CodeList } from '@serafin-ph/nomenclature/referentiels';
import { ROR_R265_ENTRIES } from '@serafin-ph/nomenclature/ror';
import type { FhirRuleId } from './catalogue.js';
import { resolveSystem, type SystemResolution } from '../systems/resolve-system.js';
import { quoteCode, type CheckContext } from '../walk/context.js';
import { at, type Location } from '../walk/location.js';

/** Which rule reports an unknown code: a Coding's, a ValueSet compose's or a ConceptMap's. */
export type UnknownCodeRule = Extract<FhirRuleId, 'FHIR-CODE-001' | 'FHIR-TERMINOLOGY-002' | 'FHIR-TERMINOLOGY-003'>;

/** A code to check, with where its parts sit. */
export interface CodeToCheck {
  /** The system URL. */
  readonly system: string;
  /** The code as found (any JSON value). */
  readonly code: unknown;
  /** The display as found, when any. */
  readonly display: unknown;
  /** Location of the `system` value. */
  readonly systemAt: Location;
  /** Location of the `code` value. */
  readonly codeAt: Location;
  /** Location of the `display` value. */
  readonly displayAt: Location;
}

const SYSTEM_MESSAGES = {
  placeholder: { fr: 'identifiant fictif ou mal formé', en: 'placeholder or malformed identifier' },
  inconsistent: { fr: 'URL incohérente (les deux parties ne nomment pas la même liste)', en: 'inconsistent URL (its two parts do not name the same list)' },
  'unknown-shape': { fr: 'URL qui ne suit aucun des deux styles de l’ANS', en: 'URL that follows neither of the ANS styles' },
  truncated: {
    fr: 'URL coupée après l’identifiant de la liste (l’URL publiée se poursuit par /FHIR/ et l’identifiant)',
    en: 'URL cut after the list identifier (the published URL goes on with /FHIR/ and the identifier)',
  },
} as const;

/**
 * Checks the system URL; returns the resolution to check the code against, or
 * `undefined` when the code cannot (or need not) be checked.
 */
export function checkSystem(ctx: CheckContext, system: string, location: Location): SystemResolution | undefined {
  const resolution = resolveSystem(system);
  switch (resolution.kind) {
    case 'other':
      return undefined;
    case 'unknown-ans': {
      const why = SYSTEM_MESSAGES[resolution.reason];
      ctx.report(
        'FHIR-SYSTEM-001',
        location,
        {
          fr: `Système de codes inconnu sous l’espace de noms de l’ANS : ${why.fr}.`,
          en: `Unknown code system under the ANS namespace: ${why.en}.`,
        },
        { system, reason: resolution.reason },
      );
      return undefined;
    }
    case 'value-set':
      ctx.report(
        'FHIR-SYSTEM-002',
        location,
        {
          fr: `URL du jeu de valeurs ${resolution.id} employée comme système de codes : indiquer le système des codes (TRE).`,
          en: `URL of value set ${resolution.id} used as a code system: give the system of the codes (TRE).`,
        },
        { system, valueSet: resolution.id },
      );
      return undefined;
    case 'variant': {
      ctx.report(
        'FHIR-SYSTEM-003',
        location,
        {
          fr: `URL non canonique pour ${resolution.id} : écrire ${resolution.canonical}.`,
          en: `Non-canonical URL for ${resolution.id}: write ${resolution.canonical}.`,
        },
        { system, canonical: resolution.canonical },
      );
      const canonical = resolveSystem(resolution.canonical);
      return canonical.kind === 'variant' ? undefined : canonical;
    }
    default:
      return resolution;
  }
}

/** The URL the SDK writes for a system, or the system itself when it is not one the SDK knows. */
export function canonicalSystem(system: string): string {
  const resolution = resolveSystem(system);
  switch (resolution.kind) {
    case 'serafin':
      return SERAFIN_SYSTEM;
    case 'list':
    case 'ror-r265':
    case 'variant':
      return resolution.canonical;
    default:
      return system;
  }
}

/** Checks a code (and display) under a system: every rule of the code families. */
export function checkCode(ctx: CheckContext, item: CodeToCheck, unknownRule: UnknownCodeRule = 'FHIR-CODE-001'): void {
  const resolution = checkSystem(ctx, item.system, item.systemAt);
  if (resolution === undefined) return;
  const { code } = item;
  if (typeof code !== 'string' || code.trim() === '' || code !== code.trim()) {
    ctx.report('FHIR-CODE-003', item.codeAt, {
      fr: 'Code absent, vide ou entouré d’espaces sous un système que le SDK vérifie.',
      en: 'Code missing, empty or surrounded by spaces under a system the SDK checks.',
    });
    return;
  }
  const display = typeof item.display === 'string' ? item.display : undefined;
  if (resolution.kind === 'serafin') checkSerafin(ctx, item, code, display, unknownRule);
  else if (resolution.kind === 'list') checkListCode(ctx, item, resolution.list, code, display, unknownRule);
  else if (resolution.kind === 'ror-r265') checkRor(ctx, item, code, display, unknownRule);
}

function translationOf(code: string, from: Numbering): { text: { fr: string; en: string }; details: Record<string, unknown> } {
  const result = translate(code, { from, to: 'ans-2023' });
  if (result.status === 'matched') {
    const targets = result.matches.map((m) => ({ code: m.code, display: m.display, equivalence: m.equivalence }));
    const list = targets.map((t) => `${t.code} « ${t.display ?? ''} »${t.equivalence === 'equivalent' ? '' : ` (${t.equivalence})`}`).join(', ');
    const listEn = targets.map((t) => `${t.code} “${t.display ?? ''}”${t.equivalence === 'equivalent' ? '' : ` (${t.equivalence})`}`).join(', ');
    return { text: { fr: `en ANS 2023 : ${list}`, en: `in ANS 2023: ${listEn}` }, details: { translation: targets } };
  }
  const reason = result.status === 'unmatched' ? result.reason : 'unknown';
  return { text: { fr: `sans équivalent en ANS 2023 (${reason})`, en: `no ANS 2023 equivalent (${reason})` }, details: { translation: [], unmatchedReason: reason } };
}

function serafinDisplays(code: string): string[] {
  const out: string[] = [];
  for (const vs of Object.values(SERAFIN_VALUE_SETS)) {
    const display = (vs.displays as Readonly<Record<string, string | undefined>>)[code];
    if (display !== undefined) out.push(display);
  }
  return out;
}

function checkSerafin(ctx: CheckContext, item: CodeToCheck, code: string, display: string | undefined, unknownRule: UnknownCodeRule): void {
  const concept = lookup(code);
  const shown = quoteCode(code);
  if (concept === undefined) {
    const cnsa = numberingConcept(code, 'cnsa-2018');
    if (cnsa !== undefined) {
      const t = translationOf(code, 'cnsa-2018');
      ctx.report(
        'FHIR-NUMBERING-001',
        item.codeAt,
        {
          fr: `Le code ${shown} est un code de la numérotation CNSA 2018, pas de SERAFIN-PH ANS 2023 ; ${t.text.fr}.`,
          en: `Code ${shown} is a CNSA 2018 code, not a SERAFIN-PH ANS 2023 code; ${t.text.en}.`,
        },
        { system: SERAFIN_SYSTEM, code, numbering: 'cnsa-2018', ...t.details },
      );
      return;
    }
    const ror = numberingConcept(code, 'ror-r265');
    if (ror !== undefined) {
      const t = translationOf(code, 'ror-r265');
      ctx.report(
        'FHIR-NUMBERING-002',
        item.codeAt,
        {
          fr: `Le code ${shown} est un identifiant ROR TRE_R265, pas un code SERAFIN-PH ANS 2023 ; ${t.text.fr}.`,
          en: `Code ${shown} is a ROR TRE_R265 identifier, not a SERAFIN-PH ANS 2023 code; ${t.text.en}.`,
        },
        { system: SERAFIN_SYSTEM, code, numbering: 'ror-r265', ...t.details },
      );
      return;
    }
    ctx.report(
      unknownRule,
      item.codeAt,
      {
        fr: `Code ${shown} inconnu dans SERAFIN-PH 2023.1.0.`,
        en: `Code ${shown} is not in SERAFIN-PH 2023.1.0.`,
      },
      { system: SERAFIN_SYSTEM, code },
    );
    return;
  }
  if (display !== undefined && display !== concept.display && !serafinDisplays(code).includes(display)) {
    const normalized = normalizeDisplay(display);
    const cnsa = numberingConcept(code, 'cnsa-2018');
    if (normalized === concept.displayNormalized) {
      ctx.report(
        'FHIR-DISPLAY-002',
        item.displayAt,
        {
          fr: `Le libellé du code ${shown} ne diffère du libellé officiel « ${concept.display} » que par la typographie.`,
          en: `The display of code ${shown} differs from the official “${concept.display}” only in typography.`,
        },
        { system: SERAFIN_SYSTEM, code, expected: concept.display },
      );
    } else if (cnsa !== undefined && cnsa.conceptId !== `ans:${code}` && cnsa.display !== null && normalizeDisplay(cnsa.display) === normalized) {
      const t = translationOf(code, 'cnsa-2018');
      ctx.report(
        'FHIR-NUMBERING-003',
        item.codeAt,
        {
          fr: `Le code ${shown} porte le libellé du concept CNSA 2018 de même numéro : il est écrit dans la numérotation CNSA ; ${t.text.fr}.`,
          en: `Code ${shown} carries the label of the CNSA 2018 concept with the same number: it is written in the CNSA numbering; ${t.text.en}.`,
        },
        { system: SERAFIN_SYSTEM, code, numbering: 'cnsa-2018', ...t.details },
      );
      return;
    } else {
      ctx.report(
        'FHIR-DISPLAY-001',
        item.displayAt,
        {
          fr: `Libellé différent du libellé officiel du code ${shown} : « ${concept.display} ».`,
          en: `Display differs from the official display of code ${shown}: “${concept.display}”.`,
        },
        { system: SERAFIN_SYSTEM, code, expected: concept.display },
      );
    }
  }
  // value sets and maps may keep deprecated concepts: only instance data is warned
  if (concept.status === 'deprecated' && unknownRule === 'FHIR-CODE-001') {
    const by = concept.replacedBy;
    ctx.report(
      'FHIR-CODE-002',
      item.codeAt,
      {
        fr: `Le code ${shown} est désactivé dans SERAFIN-PH${by === undefined ? '' : ` : utiliser ${by} « ${lookup(by)?.display ?? ''} »`}.`,
        en: `Code ${shown} is deprecated in SERAFIN-PH${by === undefined ? '' : `: use ${by} “${lookup(by)?.display ?? ''}”`}.`,
      },
      { system: SERAFIN_SYSTEM, code, ...(by === undefined ? {} : { replacedBy: by }) },
    );
  }
}

function checkDisplay(ctx: CheckContext, item: CodeToCheck, code: string, display: string | undefined, official: string, accepted: readonly string[], system: string): void {
  if (display === undefined || display === official || accepted.includes(display)) return;
  const shown = quoteCode(code);
  const normalized = normalizeDisplay(display);
  if (normalized === normalizeDisplay(official) || accepted.some((a) => normalizeDisplay(a) === normalized)) {
    ctx.report(
      'FHIR-DISPLAY-002',
      item.displayAt,
      {
        fr: `Le libellé du code ${shown} ne diffère du libellé officiel « ${official} » que par la typographie.`,
        en: `The display of code ${shown} differs from the official “${official}” only in typography.`,
      },
      { system, code, expected: official },
    );
  } else {
    ctx.report(
      'FHIR-DISPLAY-001',
      item.displayAt,
      {
        fr: `Libellé différent du libellé officiel du code ${shown} : « ${official} ».`,
        en: `Display differs from the official display of code ${shown}: “${official}”.`,
      },
      { system, code, expected: official },
    );
  }
}

function checkListCode(ctx: CheckContext, item: CodeToCheck, list: CodeList, code: string, display: string | undefined, unknownRule: UnknownCodeRule): void {
  const concept = list.lookup(code);
  const shown = quoteCode(code);
  if (concept === undefined && list.metadata.partial) {
    // the SDK holds only an extract (TRE_R66): a code outside it may be real — said, not refused
    const held = list.codes.length;
    const declared = list.metadata.declaredCount ?? held;
    ctx.report(
      'FHIR-CODE-004',
      item.codeAt,
      {
        fr: `Code ${shown} absent de l’extrait de ${list.id} que porte le SDK (${held} codes sur ${declared}) : non vérifié.`,
        en: `Code ${shown} is not in the extract of ${list.id} the SDK carries (${held} codes of ${declared}): not checked.`,
      },
      { system: list.system, code, list: list.id, held, declared },
    );
    return;
  }
  if (concept === undefined) {
    ctx.report(
      unknownRule,
      item.codeAt,
      {
        fr: `Code ${shown} inconnu dans ${list.id} (version ${list.metadata.version}).`,
        en: `Code ${shown} is not in ${list.id} (version ${list.metadata.version}).`,
      },
      { system: list.system, code, list: list.id },
    );
    return;
  }
  const designations = (concept.designations ?? []).map((d) => d.value);
  checkDisplay(ctx, item, code, display, concept.display, designations, list.system);
  if (concept.status === 'deprecated' && unknownRule === 'FHIR-CODE-001') {
    ctx.report(
      'FHIR-CODE-002',
      item.codeAt,
      {
        fr: `Le code ${shown} est désactivé dans ${list.id}${concept.dateFin === undefined ? '' : ` (fin de validité ${concept.dateFin.slice(0, 10)})`}.`,
        en: `Code ${shown} is deprecated in ${list.id}${concept.dateFin === undefined ? '' : ` (end of validity ${concept.dateFin.slice(0, 10)})`}.`,
      },
      { system: list.system, code, list: list.id },
    );
  }
}

let rorIndex: ReadonlyMap<string, (typeof ROR_R265_ENTRIES)[number]> | undefined;

function checkRor(ctx: CheckContext, item: CodeToCheck, code: string, display: string | undefined, unknownRule: UnknownCodeRule): void {
  rorIndex ??= new Map(ROR_R265_ENTRIES.map((e) => [e.code, e]));
  const entry = rorIndex.get(code);
  const shown = quoteCode(code);
  if (entry === undefined) {
    ctx.report(unknownRule, item.codeAt, { fr: `Code ${shown} inconnu dans TRE_R265.`, en: `Code ${shown} is not in TRE_R265.` }, { code, list: 'TRE_R265' });
    return;
  }
  checkDisplay(
    ctx,
    item,
    code,
    display,
    entry.display,
    [entry.libelleCourt, entry.libelleAdapte].filter((v): v is string => typeof v === 'string'),
    'TRE_R265',
  );
  if (entry.status !== 'active' && unknownRule === 'FHIR-CODE-001') {
    ctx.report('FHIR-CODE-002', item.codeAt, { fr: `Le code ${shown} est clos dans TRE_R265.`, en: `Code ${shown} is retired in TRE_R265.` }, { code, list: 'TRE_R265' });
  }
}

/** Checks an object that has the shape of a Coding (`system` is a string and `code` is present). */
export function checkCodingObject(ctx: CheckContext, coding: Record<string, unknown>, location: Location): void {
  checkCode(ctx, {
    system: coding['system'] as string,
    code: coding['code'],
    display: coding['display'],
    systemAt: at(location, 'system'),
    codeAt: at(location, 'code'),
    displayAt: at(location, 'display'),
  });
}
