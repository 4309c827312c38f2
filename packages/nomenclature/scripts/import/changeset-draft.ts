/**
 * The changeset draft of an import, French first then English, with the bump
 * the versions guide asks for (docs/guides/versions-et-compatibilite.md):
 * minor for new lists, codes, versions, deactivations and corrected labels,
 * major when the newest version of a list loses a code.
 */
import { isEmptyDiff, type ListDiff } from './review-diff.js';

/** The bump an import calls for, or `none`. */
export function bumpOf(diffs: readonly ListDiff[]): 'major' | 'minor' | 'none' {
  const changed = diffs.filter((d) => !isEmptyDiff(d));
  if (changed.length === 0) return 'none';
  return changed.some((d) => d.removed.length > 0 && d.baseline.kind !== 'none' && !d.olderThanHeld) ? 'major' : 'minor';
}

function describe(d: ListDiff, lang: 'fr' | 'en'): string {
  const fr = lang === 'fr';
  const name = `\`${d.url}\` version ${d.version}`;
  if (d.baseline.kind === 'none') return fr ? `- nouvelle liste ${name} (${d.added.length} codes)` : `- new list ${name} (${d.added.length} codes)`;
  const sep = fr ? ' : ' : ': ';
  const parts: string[] = [];
  if (d.baseline.kind === 'other-version') {
    parts.push(
      fr
        ? `version ajoutée à côté de ${d.baseline.version ?? ''}${d.olderThanHeld ? ' (plus ancienne : la version par défaut reste la plus récente)' : ' (devient la version par défaut)'}`
        : `version added beside ${d.baseline.version ?? ''}${d.olderThanHeld ? ' (older: the default stays the newest)' : ' (becomes the default)'}`,
    );
  }
  if (d.added.length > 0) parts.push(`${fr ? 'codes ajoutés' : 'codes added'}${sep}${d.added.join(', ')}`);
  if (d.removed.length > 0) parts.push(`${fr ? 'codes retirés' : 'codes removed'}${sep}${d.removed.join(', ')}`);
  if (d.deprecated.length > 0) parts.push(`${fr ? 'codes désactivés' : 'codes deprecated'}${sep}${d.deprecated.join(', ')}`);
  if (d.reparented.length > 0) parts.push(`${fr ? 'parents changés' : 're-parented'}${sep}${d.reparented.map((r) => r.key).join(', ')}`);
  if (d.textChanged.length > 0) parts.push(`${fr ? 'libellés ou définitions changés' : 'displays or definitions changed'}${sep}${d.textChanged.map((t) => t.key).join(', ')}`);
  if (d.metadataChanged.length > 0) parts.push(`${fr ? 'métadonnées' : 'metadata'}${sep}${d.metadataChanged.map((m) => m.field).join(', ')}`);
  return `- ${name}${sep}${parts.join(fr ? ' ; ' : '; ')}`;
}

/** The changeset text, or `undefined` when the import changed nothing. */
export function changesetDraft(diffs: readonly ListDiff[], packageName = '@serafin-ph/nomenclature'): string | undefined {
  const bump = bumpOf(diffs);
  if (bump === 'none') return undefined;
  const changed = diffs.filter((d) => !isEmptyDiff(d));
  return [
    '---',
    `"${packageName}": ${bump}`,
    '---',
    '',
    'Mise à jour des terminologies depuis les publications FHIR de l’ANS (`pnpm import:terminology`, brouillon à relire) :',
    '',
    ...changed.map((d) => describe(d, 'fr')),
    '',
    'Terminology update from the ANS FHIR publications (`pnpm import:terminology`, draft to review):',
    '',
    ...changed.map((d) => describe(d, 'en')),
    '',
  ].join('\n');
}
