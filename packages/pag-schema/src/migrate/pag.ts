/**
 * Migration of a PAG from schema 1.0.0 to 1.1.0.
 *
 * Migration du PAG de la version 1.0.0 à la version 1.1.0. Seule forme
 * remplacée : `demande.origine`, qui mêlait le demandeur et la priorité Comex,
 * devient `demande.demandeur` (la priorité reste dans `demande.prioriteComex`).
 * Tout le reste est recopié tel quel : la 1.1.0 est un sur-ensemble de la 1.0.0.
 */
import { isJsonObject, type MigrationChange, type MigrationStep } from './migration.js';

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
