/**
 * `serafin nomenclature lookup|search|translate|export|list|lists`.
 */
import { lookup, numberingCodes, numberingConcept, NUMBERINGS, search, SERAFIN_SYSTEM, translate, valueSet, type SearchOptions } from '@serafin-ph/nomenclature';
import { SERAFIN_DEFINITIONS } from '@serafin-ph/nomenclature/definitions';
import { toFhirCodeSystem, toFhirConceptMap, toFhirValueSet } from '@serafin-ph/nomenclature/fhir';
import { oneOf, parseCommandArgs, UsageError } from '../args.js';
import { writer, type CliContext } from '../context.js';
import { helpText } from '../help.js';
import { ALL_REFERENTIELS, CodeList, searchReferentiels, type AnyReferentiel } from '@serafin-ph/nomenclature/referentiels';
import { listCommand, listIdentifiers, listsCommand, renderRows, resolveListRef } from './nomenclature-list.js';
import { editDistance } from '@serafin-ph/validators/suggest';
import { equivalenceLabel } from '../i18n/messages.js';
import type { Lang } from '../i18n/messages.js';
import { headers, lookupText, translateText, usage, words } from '../i18n/nomenclature-messages.js';
import { emit } from '../output/emit.js';

const FORMATS = ['text', 'json'] as const;
const BRANCHES = ['besoins', 'prestations-directes', 'prestations-indirectes'] as const;
const VALUE_SETS = ['J282', 'J283', 'J284', 'J285', 'prestations'] as const;
const SUBCOMMANDS = ['lookup', 'search', 'translate', 'export', 'list', 'lists'] as const;

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** A code of a companion list, as `lookup` prints it. */
interface ListHit {
  readonly list: AnyReferentiel;
  readonly code: string;
  readonly display: string;
  readonly system: string;
  readonly status: 'active' | 'deprecated';
  readonly parent?: string;
  readonly definition?: string;
}

function findInList(list: AnyReferentiel, code: string): ListHit | undefined {
  if (list instanceof CodeList) {
    const c = list.lookup(code);
    if (c === undefined) return undefined;
    return {
      list,
      code: c.code,
      display: c.display,
      system: list.system,
      status: c.status === 'deprecated' ? 'deprecated' : 'active',
      ...(c.parent !== undefined ? { parent: c.parent } : {}),
      ...(c.definition !== undefined ? { definition: c.definition } : {}),
    };
  }
  const m = list.members.find((x) => x.code === code);
  return m === undefined ? undefined : { list, code: m.code, display: m.display, system: m.system, status: 'active' };
}

/** The companion lists that hold `code` (value sets left out when the code system holding the same code is listed). */
function listsHolding(code: string): ListHit[] {
  const hits = ALL_REFERENTIELS.map((l) => findInList(l, code)).filter((h): h is ListHit => h !== undefined);
  const systems = new Set(hits.filter((h) => h.list.metadata.resourceType === 'CodeSystem').map((h) => h.system));
  return hits.filter((h) => h.list.metadata.resourceType === 'CodeSystem' || !systems.has(h.system));
}

function listHitText(h: ListHit, lang: Lang): string {
  const status = h.status === 'active' ? words.active[lang] : words.deprecated[lang];
  let out = `${h.code}  ${h.display}\n${lookupText.listLine[lang](h.list.metadata.id, h.parent, status)}`;
  if (h.definition !== undefined) out += `\n${h.definition}\n`;
  return out;
}

const listHitJson = (h: ListHit): unknown => ({
  list: h.list.metadata.id,
  system: h.system,
  code: h.code,
  display: h.display,
  status: h.status,
  ...(h.parent !== undefined ? { parent: h.parent } : {}),
  ...(h.definition !== undefined ? { definition: h.definition } : {}),
});

/** Closest codes by spelling among `codes`, then by label (« MERE » → MTH — Mère). */
function suggestions(
  code: string,
  codes: readonly { list: string; code: string; display: string }[],
  labelHits: readonly { list: string; code: string; display: string }[],
): string[] {
  const near = codes
    .map((c) => ({ c, d: editDistance(code, c.code, 2) }))
    .filter((x) => x.d <= (code.length <= 3 ? 1 : 2))
    .sort((a, b) => a.d - b.d || a.c.code.localeCompare(b.c.code, 'en', { numeric: true }))
    .map((x) => x.c);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of [...near, ...labelHits]) {
    const key = `${c.list} ${c.code}`;
    if (seen.has(key) || out.length >= 5) continue;
    seen.add(key);
    out.push(`    ${c.code} — ${c.display}${c.list === 'SERAFIN-PH' ? '' : ` (${c.list})`}\n`);
  }
  return out;
}

async function lookupCommand(args: readonly string[], ctx: CliContext, lang: Lang): Promise<number> {
  const cmd = 'nomenclature lookup';
  const { values, positionals } = parseCommandArgs(
    args,
    {
      numbering: { type: 'string' },
      list: { type: 'string' },
      definitions: { type: 'boolean' },
      format: { type: 'string', short: 'f' },
      lang: { type: 'string', short: 'l' },
      help: { type: 'boolean', short: 'h' },
    },
    lang,
    cmd,
  );
  const write = writer(ctx.stdout);
  if (values.help) return (await write(helpText(cmd, lang)), 0);
  const numbering = oneOf(values.numbering, NUMBERINGS, '--numbering', lang, cmd) ?? 'ans-2023';
  const format = oneOf(values.format, FORMATS, '--format', lang, cmd) ?? 'text';
  const code = positionals[0];
  if (code === undefined || positionals.length > 1) throw new UsageError(usage.oneCode[lang], cmd);
  const ref = values.list === undefined ? { kind: 'serafin' as const } : resolveListRef(values.list);
  if (ref === undefined) {
    oneOf(values.list, listIdentifiers(), '--list', lang, cmd);
    throw new UsageError(usage.unknownList[lang](values.list!), cmd);
  }
  if (ref.kind === 'referentiel') {
    const hit = findInList(ref.list, code);
    if (format === 'json') {
      await write(json(hit === undefined ? null : listHitJson(hit)));
      return hit ? 0 : 1;
    }
    if (hit !== undefined) return (await write(listHitText(hit, lang)), 0);
    const entries = ref.list instanceof CodeList ? ref.list.concepts : ref.list.members;
    const id = ref.list.metadata.id;
    const labelHits = searchReferentiels(code, { lists: [ref.list], limit: 3 }).filter((h) => h.score >= 0.9);
    const near = suggestions(
      code,
      entries.map((e) => ({ list: id, code: e.code, display: e.display })),
      labelHits,
    );
    await writer(ctx.stderr)(lookupText.unknownInList[lang](id, code) + (near.length > 0 ? words.closeCodes[lang] + near.join('') : ''));
    return 1;
  }
  const concept = lookup(code, { numbering, ...(values.definitions ? { definitions: SERAFIN_DEFINITIONS } : {}) });
  const inValueSet =
    concept === undefined ||
    ref.valueSet === undefined ||
    valueSet(ref.valueSet)
      .expand()
      .some((e) => e.code === concept.code);
  if (format === 'json') {
    const found = concept !== undefined && inValueSet;
    await write(json(found ? concept : null));
    return found ? 0 : 1;
  }
  if (concept === undefined || !inValueSet) {
    // not SERAFIN-PH: a code of another list?
    const elsewhere = values.list === undefined ? listsHolding(code) : [];
    if (elsewhere.length > 0) {
      await write(lookupText.foundInLists[lang](code) + elsewhere.map((h) => listHitText(h, lang)).join('\n'));
      return 0;
    }
    let out = values.list === undefined || concept === undefined ? lookupText.unknownIn[lang](numbering, code) : lookupText.unknownInList[lang](`JDV_${ref.valueSet}`, code);
    for (const other of NUMBERINGS.filter((n) => n !== numbering && numberingConcept(code, n) !== undefined)) out += lookupText.existsIn[lang](other, code);
    const serafinCodes = numberingCodes(numbering).map((c) => ({ list: 'SERAFIN-PH', code: c, display: numberingConcept(c, numbering)?.display ?? '—' }));
    const companion =
      values.list === undefined
        ? ALL_REFERENTIELS.filter((l) => l.metadata.resourceType === 'CodeSystem' && l instanceof CodeList).flatMap((l) =>
            (l as CodeList).concepts.map((c) => ({ list: l.metadata.id, code: c.code, display: c.display })),
          )
        : [];
    const labelHits = values.list === undefined ? searchReferentiels(code, { limit: 3 }).filter((h) => h.score >= 0.9) : [];
    // codes that look like SERAFIN-PH codes get SERAFIN-PH neighbours; others the lists' codes
    const pool = /^\d+(\.\d+)*$/.test(code) ? serafinCodes : companion.filter((c) => !/^\d+(\.\d+)*$/.test(c.code));
    const near = suggestions(code, pool, labelHits);
    if (near.length > 0) out += words.closeCodes[lang] + near.join('');
    await writer(ctx.stderr)(out);
    return 1;
  }
  const status = concept.status === 'active' ? words.active[lang] : words.deprecated[lang];
  let out = `${concept.code}  ${concept.display}\n`;
  out += lookupText.serafinLine[lang](concept.branch, concept.parent ?? '—', status);
  if (concept.replacedBy) out += lookupText.replacedBy[lang](concept.replacedBy);
  if (concept.deprecationReason) out += `  ${concept.deprecationReason}\n`;
  if (values.list === undefined) {
    const elsewhere = listsHolding(code);
    if (elsewhere.length > 0) out += lookupText.alsoIn[lang](elsewhere.map((h) => h.list.metadata.id).join(', '), code);
  }
  if (concept.definition) out += `\n${concept.definition}\n`;
  await write(out);
  return 0;
}

/** A search result of any list, as printed. */
interface AnyHit {
  readonly list: string;
  readonly system: string;
  readonly code: string;
  readonly display: string;
  readonly status: 'active' | 'deprecated';
  readonly score: number;
  readonly branch?: string;
  readonly matchedIn?: 'display' | 'definition';
  readonly alsoIn?: readonly string[];
}

async function searchCommand(args: readonly string[], ctx: CliContext, lang: Lang): Promise<number> {
  const cmd = 'nomenclature search';
  const { values, positionals } = parseCommandArgs(
    args,
    {
      list: { type: 'string', multiple: true },
      branch: { type: 'string' },
      'active-only': { type: 'boolean' },
      limit: { type: 'string' },
      definitions: { type: 'boolean' },
      format: { type: 'string', short: 'f' },
      lang: { type: 'string', short: 'l' },
      help: { type: 'boolean', short: 'h' },
    },
    lang,
    cmd,
  );
  const write = writer(ctx.stdout);
  if (values.help) return (await write(helpText(cmd, lang)), 0);
  const format = oneOf(values.format, FORMATS, '--format', lang, cmd) ?? 'text';
  const branch = oneOf(values.branch, BRANCHES, '--branch', lang, cmd);
  if (positionals.length === 0) throw new UsageError(usage.oneWord[lang], cmd);
  let limit = 20;
  if (values.limit !== undefined) {
    if (!/^\d+$/.test(values.limit) || Number(values.limit) < 1) throw new UsageError(usage.badLimit[lang](values.limit), cmd);
    limit = Number(values.limit);
  }
  // which lists: every list, or those named by --list (--branch alone means SERAFIN-PH)
  const refs = (values.list ?? []).map((name) => {
    const ref = resolveListRef(name);
    if (ref === undefined) {
      oneOf(name, listIdentifiers(), '--list', lang, cmd);
      throw new UsageError(usage.unknownList[lang](name), cmd);
    }
    return ref;
  });
  const serafinRefs = refs.filter((r) => r.kind === 'serafin');
  const companionLists = refs.flatMap((r) => (r.kind === 'referentiel' ? [r.list] : []));
  if (branch !== undefined && refs.length > 0 && serafinRefs.length === 0) throw new UsageError(usage.branchNeedsSerafin[lang], cmd);
  const searchSerafin = refs.length === 0 || serafinRefs.length > 0;
  const searchCompanion = branch === undefined && (refs.length === 0 || companionLists.length > 0);
  const text = positionals.join(' ');
  const hits: AnyHit[] = [];
  if (searchSerafin) {
    const options: SearchOptions = {
      limit: Number.MAX_SAFE_INTEGER,
      ...(branch !== undefined ? { branch } : {}),
      ...(values['active-only'] ? { activeOnly: true } : {}),
      ...(values.definitions ? { definitions: SERAFIN_DEFINITIONS } : {}),
    };
    // restricted to value sets when only value sets are named
    const sets = serafinRefs.some((r) => r.valueSet === undefined) ? undefined : serafinRefs.map((r) => r.valueSet!);
    const members =
      sets === undefined || sets.length === 0
        ? undefined
        : new Set(
            sets.flatMap((v) =>
              valueSet(v)
                .expand()
                .map((e) => e.code),
            ),
          );
    for (const h of search(text, options)) {
      if (members !== undefined && !members.has(h.concept.code)) continue;
      hits.push({
        list: 'SERAFIN-PH',
        system: SERAFIN_SYSTEM,
        code: h.concept.code,
        display: h.concept.display,
        status: h.concept.status,
        score: h.score,
        branch: h.concept.branch,
        matchedIn: h.matchedIn,
      });
    }
  }
  if (searchCompanion) {
    const found = searchReferentiels(text, {
      limit: Number.MAX_SAFE_INTEGER,
      ...(companionLists.length > 0 ? { lists: companionLists } : {}),
      ...(values['active-only'] ? { activeOnly: true } : {}),
    });
    for (const h of found)
      hits.push({ list: h.list, system: h.system, code: h.code, display: h.display, status: h.deprecated ? 'deprecated' : 'active', score: h.score, alsoIn: h.alsoIn });
  }
  // stable sort: SERAFIN-PH first on equal scores
  const ranked = hits.sort((a, b) => b.score - a.score).slice(0, limit);
  if (format === 'json') {
    await write(json(ranked));
  } else {
    const [hList, hCode, hLabel] = headers.search[lang];
    const rows = ranked.map((h) => [h.list, h.code, `${h.display}${h.status === 'deprecated' ? ` (${words.deprecated[lang]})` : ''}`]);
    if (rows.length > 0) await write(renderRows([hList, hCode, hLabel], rows, 'table'));
    else await writer(ctx.stderr)(words.noHit[lang]);
  }
  return ranked.length > 0 ? 0 : 1;
}

async function translateCommand(args: readonly string[], ctx: CliContext, lang: Lang): Promise<number> {
  const cmd = 'nomenclature translate';
  const { values, positionals } = parseCommandArgs(
    args,
    {
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string', short: 'f' },
      lang: { type: 'string', short: 'l' },
      help: { type: 'boolean', short: 'h' },
    },
    lang,
    cmd,
  );
  const write = writer(ctx.stdout);
  if (values.help) return (await write(helpText(cmd, lang)), 0);
  const format = oneOf(values.format, FORMATS, '--format', lang, cmd) ?? 'text';
  const from = oneOf(values.from, NUMBERINGS, '--from', lang, cmd) ?? 'ans-2023';
  const to = oneOf(values.to, NUMBERINGS, '--to', lang, cmd);
  if (to === undefined) throw new UsageError(usage.toRequired[lang], cmd);
  const code = positionals[0];
  if (code === undefined || positionals.length > 1) throw new UsageError(usage.oneCode[lang], cmd);
  const result = translate(code, { from, to });
  if (format === 'json') {
    await write(json(result));
    return result.status === 'matched' ? 0 : 1;
  }
  if (result.status === 'matched') {
    let out = `${code} (${from}) → ${to}${result.ambiguous ? translateText.ambiguous[lang] : ''}\n`;
    for (const m of result.matches) out += `  ${m.code}  ${equivalenceLabel(lang, m.equivalence)}  ${m.display ?? '—'}  [${m.evidence}]\n`;
    await write(out);
    return 0;
  }
  const err = writer(ctx.stderr);
  if (result.status === 'unmatched') {
    await err(translateText.unmatched[lang](code, from, to, result.reason));
  } else if (result.status === 'unknown-code') {
    const known = result.knownIn.length > 0 ? translateText.knownIn[lang](result.knownIn.join(', ')) : '';
    await err(lookupText.unknownIn[lang](from, code).replace(/\n$/, `${known}\n`));
  } else {
    await err(`${result.problem}\n`);
  }
  return 1;
}

async function exportCommand(args: readonly string[], ctx: CliContext, lang: Lang): Promise<number> {
  const cmd = 'nomenclature export';
  const { values, positionals } = parseCommandArgs(
    args,
    { output: { type: 'string', short: 'o' }, lang: { type: 'string', short: 'l' }, help: { type: 'boolean', short: 'h' } },
    lang,
    cmd,
  );
  if (values.help) return (await writer(ctx.stdout)(helpText(cmd, lang)), 0);
  const [resource, ...rest] = positionals;
  let value: unknown;
  if (resource === 'code-system' && rest.length === 0) {
    value = toFhirCodeSystem();
  } else if (resource === 'value-set' && rest.length === 1) {
    value = toFhirValueSet(oneOf(rest[0], VALUE_SETS, 'value-set', lang, cmd)!);
  } else if (resource === 'concept-map' && rest.length === 2) {
    value = toFhirConceptMap(oneOf(rest[0], NUMBERINGS, 'concept-map', lang, cmd)!, oneOf(rest[1], NUMBERINGS, 'concept-map', lang, cmd)!);
  } else {
    throw new UsageError(usage.exportResource[lang], cmd);
  }
  return emit(json(value), values.output, ctx, lang);
}

/** Runs `serafin nomenclature`; returns the exit code. */
export async function nomenclatureCommand(args: readonly string[], ctx: CliContext, lang: Lang): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    await writer(sub === undefined ? ctx.stderr : ctx.stdout)(helpText('nomenclature', lang));
    return sub === undefined ? 2 : 0;
  }
  const name = oneOf(sub, SUBCOMMANDS, 'nomenclature', lang, 'nomenclature');
  if (name === 'lookup') return lookupCommand(rest, ctx, lang);
  if (name === 'search') return searchCommand(rest, ctx, lang);
  if (name === 'translate') return translateCommand(rest, ctx, lang);
  if (name === 'list') return listCommand(rest, ctx, lang);
  if (name === 'lists') return listsCommand(rest, ctx, lang);
  return exportCommand(rest, ctx, lang);
}
