/**
 * Migration of a PAG from schema 1.0.0 to 1.1.0.
 *
 * Migration du PAG de la version 1.0.0 à la version 1.1.0. Seule forme
 * remplacée : `demande.origine`, qui mêlait le demandeur et la priorité Comex,
 * devient `demande.demandeur` (la priorité reste dans `demande.prioriteComex`).
 * Tout le reste est recopié tel quel : la 1.1.0 est un sur-ensemble de la 1.0.0.
 */
import { isJsonObject, type JsonObject, type MigrationChange, type MigrationStep } from './migration.js';
import { MIGRATION_SOURCE_VERSION, MIGRATION_TARGET_VERSION, withVersion } from './version-fields.js';

/** Rewrites the 1.0.0 forms of a PAG that 1.1.0 deprecates. */
export const migratePag: MigrationStep = (doc, changes: MigrationChange[]) => {
  const demande = doc['demande'];
  if (!isJsonObject(demande) || demande['demandeur'] !== undefined) return;
  const origine = demande['origine'];
  if (origine === 'personne' || origine === 'representant-legal' || origine === 'equipe-pluridisciplinaire') {
    renameOrigine(demande, origine);
    changes.push({
      path: '/demande/demandeur',
      fr: `« demande.origine » (${origine}) devient « demande.demandeur » (${origine}).`,
      en: `\`demande.origine\` (${origine}) becomes \`demande.demandeur\` (${origine}).`,
    });
  } else if (origine === 'priorite-comex') {
    // By L. 114-1-1 a PAG under a Comex priority is proposed by the équipe pluridisciplinaire; the priority
    // itself stays in `prioriteComex`. Without it, the document says less than it should: it is left as is
    // (PAG-DEMANDE-003 reports it) rather than given an invented priority.
    if (!isJsonObject(demande['prioriteComex'])) {
      changes.push({
        path: '/demande/origine',
        fr: '« demande.origine » (priorite-comex) laissée telle quelle : « prioriteComex » manque, rien ne permet de la remplir ; renseignez-la puis relancez la migration.',
        en: '`demande.origine` (priorite-comex) left as is: `prioriteComex` is missing and nothing allows filling it in; fill it in and migrate again.',
      });
      return;
    }
    renameOrigine(demande, 'equipe-pluridisciplinaire');
    changes.push({
      path: '/demande/demandeur',
      fr: '« demande.origine » (priorite-comex) devient « demande.demandeur » (equipe-pluridisciplinaire) : le PAG proposé au titre d’une priorité Comex l’est par l’équipe pluridisciplinaire (L. 114-1-1) ; la priorité reste dans « prioriteComex ».',
      en: '`demande.origine` (priorite-comex) becomes `demande.demandeur` (equipe-pluridisciplinaire): a PAG under a Comex priority is proposed by the multidisciplinary team (L. 114-1-1); the priority stays in `prioriteComex`.',
    });
  }
};

/** Replaces `origine` by `demandeur` at the same place in the member order. */
function renameOrigine(demande: Record<string, unknown>, demandeur: string): void {
  const entries = Object.entries(demande);
  for (const key of Object.keys(demande)) delete demande[key];
  for (const [key, value] of entries) {
    if (key === 'origine') demande['demandeur'] = demandeur;
    else demande[key] = value;
  }
}

/** A member path inside a PAG, as the keys walked from the root; `*` walks every item of an array. */
export type Walk = readonly string[];

/**
 * Members that 1.1.0 added to the PAG (besides `demande.demandeur`, which goes
 * back to `origine`). Each is optional: a PAG that has none of them can go back
 * to 1.0.0 unchanged.
 */
export const PAG_MEMBERS_1_1: readonly Walk[] = [
  ['finSansValidation'],
  ['demande', 'alerte'],
  ['demande', 'referentPag'],
  ['demande', 'pilote'],
  ['situation', 'emancipation'],
  ['situation', 'lieuDeVie'],
  ['situation', 'aidants'],
  ['situation', 'mesureProtection', 'roleProtecteurHorsTre'],
  ['situation', 'titulairesAutoriteParentale', '*', 'delegataire'],
  ['contexte', 'projetVie'],
  ['contexte', 'attentes'],
  ['contexte', 'objectifs'],
  ['contexte', 'avisSolutions'],
  ['consentement', 'accordPrealable', 'titulaires'],
  ['consentement', 'accordPrealable', 'avisMineur'],
  ['consentement', 'accordExpres', 'titulaires'],
  ['consentement', 'accordExpres', 'avisMineur'],
  ['consentement', 'accordExpres', 'personneApteExprimerVolonte'],
];

/** Values of enumerations that 1.1.0 added to the PAG, by member path. */
const PAG_VALUES_1_1: readonly (readonly [Walk, readonly unknown[]])[] = [
  [['engagements', '*', 'financementsComplementaires', '*', 'financeur'], ['fonds-departemental-compensation']],
  [['engagements', '*', 'prestations', '*', 'frequence', 'periode'], ['quinzaine']],
  [['suivi', 'rythme', 'periode'], ['quinzaine']],
  [['engagements', '*', 'operateur', 'categorieEtablissement'], ['500']],
];

/** Members 1.0.0 required that 1.1.0 may leave out, by the path of their object. */
const PAG_REQUIRED_1_0: readonly (readonly [Walk, string])[] = [[['situation', 'titulairesAutoriteParentale', '*'], 'lien']];

/** Calls `visit` with each value found at `walk` under `value`, and its JSON Pointer. */
function walkTo(value: unknown, walk: Walk, pointer: string, visit: (v: unknown, pointer: string) => void): void {
  if (walk.length === 0) {
    visit(value, pointer);
    return;
  }
  const [head, ...rest] = walk as [string, ...string[]];
  if (head === '*') {
    if (Array.isArray(value)) value.forEach((v, i) => walkTo(v, rest, `${pointer}/${i}`, visit));
    return;
  }
  if (!isJsonObject(value) || !Object.prototype.hasOwnProperty.call(value, head)) return;
  // Member names of the walks are schema field names (no `~` or `/`): no JSON Pointer escaping needed.
  walkTo(value[head], rest, `${pointer}/${head}`, visit);
}

/**
 * JSON Pointers of the parts of a 1.1.0 PAG that 1.0.0 cannot hold (empty when
 * it can go back to 1.0.0): members and code values 1.1.0 added, and a holder of
 * parental authority without the `lien` 1.0.0 required. `demande.demandeur` is
 * not listed: it goes back to `origine`.
 */
export function pag11Only(doc: JsonObject): string[] {
  const out: string[] = [];
  for (const walk of PAG_MEMBERS_1_1) walkTo(doc, walk, '', (v, p) => v !== undefined && out.push(p));
  for (const [walk, values] of PAG_VALUES_1_1) walkTo(doc, walk, '', (v, p) => values.includes(v) && out.push(p));
  for (const [walk, key] of PAG_REQUIRED_1_0) walkTo(doc, walk, '', (v, p) => isJsonObject(v) && v[key] === undefined && out.push(`${p}/${key}`));
  return out;
}

/**
 * Turns a 1.1.0 PAG back into 1.0.0 when it uses nothing 1.1.0 added (see
 * {@link pag11Only}); otherwise throws a `RangeError` naming the parts 1.0.0
 * cannot hold (nothing is dropped silently). `demande.demandeur` becomes
 * `origine` again, at the same place. The inverse of {@link migrate} for a PAG.
 */
export function downgradePag(doc: JsonObject): JsonObject {
  const blocking = pag11Only(doc);
  if (blocking.length > 0) throw new RangeError(`Ce PAG utilise des champs de la version 1.1.0 que 1.0.0 ne connaît pas : ${blocking.join(', ')}`);
  const out = withVersion(doc, 'pag', MIGRATION_TARGET_VERSION, MIGRATION_SOURCE_VERSION);
  const demande = out['demande'];
  if (isJsonObject(demande) && demande['demandeur'] !== undefined && demande['origine'] === undefined) {
    const entries = Object.entries(demande);
    for (const key of Object.keys(demande)) delete demande[key];
    for (const [key, value] of entries) demande[key === 'demandeur' ? 'origine' : key] = value;
  }
  return out;
}
