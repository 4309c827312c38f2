/**
 * Rules on the SERAFIN-PH codes of the PAG: needs in the besoins branch,
 * engagements in the prestations directes (an indirect prestation is an
 * error), unknown and deprecated codes with the right replacement, codes of
 * another numbering, labels.
 *
 * Règles des codes SERAFIN-PH du PAG.
 */
import { isBesoinCode, isPrestationDirecteCode, isPrestationIndirecteCode, toAns2023, translate } from '@serafin-ph/nomenclature';
import { prop, stringOf } from '../../json/access.js';
import { valueAtPointer } from '../../json/value-at.js';
import type { Message } from '../../messages.js';
import { meansOtherInCnsa } from './support/cnsa-homonyms.js';
import { isPublishedLabel } from './support/label-check.js';
import { PAG_CODE_POSITIONS } from './support/facts.js';
import { pagRule, msg } from './support/pag-rule.js';

/** The pattern of the `code` field of the code objects found at each pattern of `PAG_CODE_POSITIONS`, for `show`. */
const CODE_FIELD_OF: ReadonlyMap<string, string> = new Map(PAG_CODE_POSITIONS.map((p) => [p.pattern, `${p.pattern}/code`]));

const CODE_FIELDS = ['/contexte/besoins/*/besoin/code', '/engagements/*/prestations/*/prestation/code', '/annexes/emploiDuTemps/*/prestation/code'];

function expectedKind(path: string): 'besoin' | 'prestation-directe' {
  return path.startsWith('/contexte/besoins/') ? 'besoin' : 'prestation-directe';
}

function branchOf(code: string): 'besoin' | 'prestation-directe' | 'prestation-indirecte' | undefined {
  if (isBesoinCode(code)) return 'besoin';
  if (isPrestationDirecteCode(code)) return 'prestation-directe';
  if (isPrestationIndirecteCode(code)) return 'prestation-indirecte';
  return undefined;
}

const BRANCH: Readonly<Record<'besoin' | 'prestation-directe' | 'prestation-indirecte', Message>> = {
  besoin: msg('pag.codes.BRANCH#1'),
  'prestation-directe': msg('pag.codes.BRANCH#2'),
  'prestation-indirecte': msg('pag.codes.BRANCH#3'),
};

const TRANSPORT_OU_DIRECTE = msg('pag.codes.TRANSPORT_OU_DIRECTE#1');

function codeOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= 40 ? value : undefined;
}

const mauvaiseBranche = pagRule({
  id: 'PAG-CODES-002',
  severity: 'error',
  family: 'codes',
  reads: [],
  check: () => undefined,
  structural: {
    at: CODE_FIELDS,
    keywords: ['enum'],
    describe: (value, { path, root, show }) => {
      const code = codeOf(value);
      if (code === undefined) return undefined;
      const numbering = stringOf(prop(valueAtPointer(root, path.slice(0, path.lastIndexOf('/'))), 'numerotation')) ?? 'ans-2023';
      if (numbering !== 'ans-2023') return undefined;
      const found = branchOf(code);
      const expected = expectedKind(path);
      if (found === undefined || found === expected) return undefined;
      // Since 1.1.0 an engaged prestation may also be a transport linked to the individual project (JDV_J282, 3.2.4.x).
      const transportAllowed = expected === 'prestation-directe' && stringOf(prop(root, 'versionSchema')) !== '1.0.0';
      const want = transportAllowed ? TRANSPORT_OU_DIRECTE : BRANCH[expected];
      const shown = show(path, code);
      const fix = expected === 'besoin' ? msg('PAG-CODES-002#1') : msg('PAG-CODES-002#2');
      return {
        message: msg('PAG-CODES-002#3', { shown, branch: BRANCH[found], want, fix }),
        details: { ...(shown === code ? { code } : {}), branche: found, brancheAttendue: expected },
      };
    },
  },
});

const codeInconnu = pagRule({
  id: 'PAG-CODES-003',
  severity: 'error',
  family: 'codes',
  reads: [],
  check: ({ facts, emit, show, options }) => {
    // A bare code the `numbering` option could not translate, but that happens to be a valid ANS 2023 code of the
    // right branch, passes the schema: it must still not be read as ANS 2023.
    for (const t of facts.translations) {
      if (t.to !== undefined) continue;
      const kind = t.path.startsWith('/contexte/') ? 'besoin' : 'prestation-directe';
      if (branchOf(t.from) !== kind) continue;
      const path = `${t.path}/code`;
      const code = show(path, t.from);
      emit(path, msg('PAG-CODES-003#1', { code, numbering: t.numbering, numberingOption: options.optionName('numbering') }), {
        ...(code === t.from ? { code } : {}),
        numerotation: t.numbering,
      });
    }
  },
  structural: {
    at: CODE_FIELDS,
    keywords: ['enum'],
    describe: (value, { path, root, options, show }) => {
      const raw = codeOf(value);
      if (raw === undefined) return undefined;
      const code = show(path, raw);
      const visible = code === raw;
      const object = path.slice(0, path.lastIndexOf('/'));
      const declared = stringOf(prop(valueAtPointer(root, object), 'numerotation'));
      const translation = options.codeTranslations.find((t) => t.path === object);
      if (translation !== undefined && translation.to === undefined) {
        return {
          message: msg('PAG-CODES-003#2', { code, numbering: translation.numbering, numberingOption: options.optionName('numbering') }),
          details: { ...(visible ? { code } : {}), numerotation: translation.numbering },
        };
      }
      const numbering = declared ?? 'ans-2023';
      if (numbering === 'ans-2023' && branchOf(raw) !== undefined) return undefined; // wrong branch: PAG-CODES-002
      const found = numbering === 'ans-2023' ? toAns2023(raw, 'cnsa-2018') : undefined;
      const cnsa = found === undefined ? undefined : show(path, found);
      if (cnsa !== undefined) {
        return {
          message: msg('PAG-CODES-003#3', { code, cnsa }),
          details: { ...(visible ? { code, remplacement: cnsa } : {}), numerotation: numbering, cnsa2018: true },
        };
      }
      return {
        message: msg('PAG-CODES-003#4', { code, numbering }),
        details: { ...(visible ? { code } : {}), numerotation: numbering },
      };
    },
  },
});

const codeDesactive = pagRule({
  id: 'PAG-CODES-001',
  severity: 'warning',
  severityOption: 'deprecatedCodes',
  family: 'codes',
  reads: [],
  check: ({ facts, emit, show }) => {
    for (const c of facts.codes) {
      const concept = c.concept;
      if (concept === undefined || concept.status !== 'deprecated') continue;
      const path = `${c.path}/code`;
      const code = show(path, concept.code);
      const by = concept.replacedBy === undefined ? undefined : show(path, concept.replacedBy);
      const visible = code === concept.code;
      emit(
        path,
        by === undefined ? msg('PAG-CODES-001#1', { code, reason: concept.deprecationReason }) : msg('PAG-CODES-001#2', { code, by }),
        visible
          ? {
              code: concept.code,
              ...(concept.replacedBy === undefined ? {} : { replacedBy: concept.replacedBy }),
              ...(c.numbering === 'ans-2023' ? {} : { numerotation: c.numbering, codeDocument: c.code }),
            }
          : { masque: true },
      );
    }
  },
});

const sansEquivalent = pagRule({
  id: 'PAG-CODES-004',
  severity: 'warning',
  family: 'codes',
  reads: [],
  check: ({ facts, emit, show }) => {
    for (const c of facts.codes) {
      if (c.concept !== undefined || c.numbering !== 'cnsa-2018' || c.translatedFrom !== undefined) continue;
      const result = translate(c.code, { from: 'cnsa-2018', to: 'ans-2023' });
      if (result.status === 'unknown-code') continue;
      const path = `${c.path}/code`;
      const code = show(path, c.code);
      const visible = code === c.code;
      const wider = visible ? result.matches.map((m) => m.code) : [];
      emit(path, msg('PAG-CODES-004#1', { code, wider: wider.join(', ') }), visible ? { code: c.code, correspondances: wider } : { masque: true });
    }
  },
});

const codeTraduit = pagRule({
  id: 'PAG-CODES-005',
  severity: 'info',
  family: 'codes',
  reads: [],
  check: ({ facts, emit, show }) => {
    for (const t of facts.translations) {
      if (t.to === undefined) continue;
      const path = `${t.path}/code`;
      const from = show(path, t.from);
      const to = show(path, t.to);
      emit(
        path,
        msg('PAG-CODES-005#1', { from, numbering: t.numbering, to }),
        from === t.from ? { from: t.from, numbering: t.numbering, to: t.to } : { numbering: t.numbering, masque: true },
      );
    }
  },
});

const libelle = pagRule({
  id: 'PAG-CODES-006',
  severity: 'warning',
  family: 'codes',
  reads: [],
  check: ({ facts, emit, show }) => {
    for (const c of facts.codes) {
      if (c.libelle === undefined || c.concept === undefined || c.numbering !== 'ans-2023') continue;
      // The published display (the common case), or a label that differs from it only by typography.
      if (isPublishedLabel(c.concept, c.libelle)) continue;
      const path = `${c.path}/libelle`;
      // The code and its published label are public; the label written (free text) is never quoted.
      const code = show(`${c.path}/code`, c.concept.code, CODE_FIELD_OF.get(c.pattern));
      if (code !== c.concept.code) {
        emit(path, msg('PAG-CODES-006#1'), { masque: true });
        continue;
      }
      emit(path, msg('PAG-CODES-006#2', { code, display: c.concept.display }), {
        code: c.concept.code,
        libellePublie: c.concept.display,
      });
    }
  },
});

const homonymesCnsa = pagRule({
  id: 'PAG-CODES-007',
  severity: 'info',
  family: 'codes',
  reads: [],
  check: ({ facts, emit, options }) => {
    if (options.numbering !== 'ans-2023') return;
    const found: { code: string; path: string }[] = [];
    for (const c of facts.codes) {
      if (c.numbering !== 'ans-2023' || c.concept === undefined || c.translatedFrom !== undefined) continue;
      if (prop(c.value, 'numerotation') !== undefined) continue;
      if (meansOtherInCnsa(c.code)) found.push({ code: c.code, path: `${c.path}/code` });
    }
    if (found.length === 0) return;
    const codes = [...new Set(found.map((f) => f.code))];
    const list = codes.join(', ');
    const several = codes.length > 1;
    const option = options.optionName('numbering');
    emit((found[0] as { path: string }).path, msg('PAG-CODES-007#1', { several, list, option }), { codes, chemins: found.map((f) => f.path) });
  },
});

/** The code rules. */
export const codesRules = [codeDesactive, mauvaiseBranche, codeInconnu, sansEquivalent, codeTraduit, libelle, homonymesCnsa];
