/**
 * The review diff of an import: what changed between the data the project
 * held and the data just written, concept by concept, with displays compared
 * byte for byte (an apostrophe U+2019 replaced by U+0027 is a change).
 */
import type { Json } from './fhir-resources.js';

/** A display (or definition) that changed. */
export interface TextChange {
  readonly key: string;
  readonly field: 'display' | 'definition';
  readonly before: string;
  readonly after: string;
}

/** What changed in one list. */
export interface ListDiff {
  /** Canonical URL of the list. */
  readonly url: string;
  readonly resourceType: 'CodeSystem' | 'ValueSet';
  /** Data file written. */
  readonly dataFile: string;
  /** What it was compared with: the same file, another version of the list, or nothing. */
  readonly baseline: { readonly kind: 'same-file' | 'other-version' | 'none'; readonly dataFile?: string; readonly version?: string };
  readonly version: string;
  /** Keys (`code`, or `system|code` for a value set) present now and not before. */
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** Concepts whose status became deprecated or retired. */
  readonly deprecated: readonly string[];
  /** Concepts whose parent changed: key → [before, after]. */
  readonly reparented: readonly { readonly key: string; readonly before: string | null; readonly after: string | null }[];
  readonly textChanged: readonly TextChange[];
  /** Metadata fields (status, date, description, title…) that changed. */
  readonly metadataChanged: readonly { readonly field: string; readonly before: unknown; readonly after: unknown }[];
  /** True when the imported version is older than one the project already holds (the default binding does not move). */
  readonly olderThanHeld: boolean;
  /** Versions compared, oldest first (`null` for a new list): the changes read from `from` to `to`. */
  readonly from: string | null;
  readonly to: string;
}

const METADATA_FIELDS = ['title', 'description', 'status', 'date', 'oid', 'version', 'compose'] as const;

function keyOf(resourceType: string, c: Json): string {
  return resourceType === 'ValueSet' ? `${String(c['system'])}|${String(c['code'])}` : String(c['code']);
}

const INACTIVE = new Set(['deprecated', 'retired', 'inactive']);

/** Compares two data files of one list (`before` undefined: everything is added). */
export function diffLists(after: Json, before: Json | undefined, meta: Pick<ListDiff, 'dataFile' | 'baseline' | 'olderThanHeld' | 'version'>): ListDiff {
  const rt = after['resourceType'] === 'ValueSet' ? 'ValueSet' : 'CodeSystem';
  const now = new Map(((after['concepts'] ?? []) as Json[]).map((c) => [keyOf(rt, c), c]));
  const was = new Map(((before?.['concepts'] ?? []) as Json[]).map((c) => [keyOf(rt, c), c]));
  const added = [...now.keys()].filter((k) => !was.has(k));
  const removed = [...was.keys()].filter((k) => !now.has(k));
  const deprecated: string[] = [];
  const reparented: { key: string; before: string | null; after: string | null }[] = [];
  const textChanged: TextChange[] = [];
  for (const [k, c] of now) {
    const o = was.get(k);
    if (o === undefined) continue;
    if (INACTIVE.has(String(c['status'])) && !INACTIVE.has(String(o['status']))) deprecated.push(k);
    const pa = (c['parent'] as string | undefined) ?? null;
    const pb = (o['parent'] as string | undefined) ?? null;
    if (rt === 'CodeSystem' && pa !== pb) reparented.push({ key: k, before: pb, after: pa });
    // A value set's members carry no definition (as in a FHIR expansion): only code systems compare them.
    for (const field of rt === 'CodeSystem' ? (['display', 'definition'] as const) : (['display'] as const)) {
      const a = c[field];
      const b = o[field];
      if (typeof a === 'string' && typeof b === 'string' && a !== b) textChanged.push({ key: k, field, before: b, after: a });
      else if ((a === undefined) !== (b === undefined) && field === 'definition') textChanged.push({ key: k, field, before: String(b ?? ''), after: String(a ?? '') });
    }
  }
  const metadataChanged =
    before === undefined
      ? []
      : METADATA_FIELDS.filter((f) => JSON.stringify(after[f]) !== JSON.stringify(before[f])).map((f) => ({ field: f, before: before[f], after: after[f] }));
  return {
    url: String(after['url']),
    resourceType: rt,
    from: before === undefined ? null : String(before['version']),
    to: String(after['version']),
    added,
    removed,
    deprecated,
    reparented,
    textChanged,
    metadataChanged,
    ...meta,
  };
}

/** True when nothing changed. */
export function isEmptyDiff(d: ListDiff): boolean {
  return d.baseline.kind === 'same-file' && d.added.length + d.removed.length + d.deprecated.length + d.reparented.length + d.textChanged.length + d.metadataChanged.length === 0;
}

/**
 * A string with every character outside printable ASCII shown as `U+XXXX`,
 * so that two displays differing only by an apostrophe or a space read apart.
 */
export function visibleBytes(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    out += cp >= 0x20 && cp < 0x7f ? ch : `<U+${cp.toString(16).toUpperCase().padStart(4, '0')}>`;
  }
  return out;
}

/** The review text of one list's diff. */
export function formatListDiff(d: ListDiff): string {
  const lines: string[] = [];
  const base =
    d.baseline.kind === 'same-file'
      ? `compared with ${d.baseline.dataFile ?? ''}`
      : d.baseline.kind === 'other-version'
        ? `new version beside ${d.baseline.version ?? ''} (${d.baseline.dataFile ?? ''})${d.olderThanHeld ? ', older: the default stays the newest' : ''}; changes from ${d.from ?? ''} to ${d.to}`
        : 'new list';
  lines.push(`${d.resourceType} ${d.url}|${d.version} → ${d.dataFile} (${base})`);
  if (isEmptyDiff(d)) {
    lines.push('  no change');
    return lines.join('\n');
  }
  const what = d.resourceType === 'ValueSet' ? 'members' : 'concepts';
  if (d.baseline.kind === 'none') {
    lines.push(`  ${d.added.length} ${what}: ${d.added.join(', ')}`);
    return lines.join('\n');
  }
  for (const k of d.added) lines.push(`  + ${what === 'members' ? 'member' : 'concept'} ${k}`);
  for (const k of d.removed) lines.push(`  - ${what === 'members' ? 'member' : 'concept'} ${k}`);
  for (const k of d.deprecated) lines.push(`  ~ deprecated ${k}`);
  for (const r of d.reparented) lines.push(`  ~ re-parented ${r.key}: ${r.before ?? '(root)'} → ${r.after ?? '(root)'}`);
  for (const t of d.textChanged) lines.push(`  ~ ${t.field} ${t.key}:\n      before "${visibleBytes(t.before)}"\n      after  "${visibleBytes(t.after)}"`);
  for (const m of d.metadataChanged) lines.push(`  ~ ${m.field}: ${JSON.stringify(m.before)} → ${JSON.stringify(m.after)}`);
  return lines.join('\n');
}
