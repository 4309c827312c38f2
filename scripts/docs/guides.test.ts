import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './repo.js';

type Node = { 'x-source'?: string; properties?: Record<string, Node>; items?: Node; $defs?: Record<string, Node> };

/** JSON Pointers of the parts of a published schema whose source is marked INFERRED. */
function inferredPointers(file: string): string[] {
  const schema = JSON.parse(readFileSync(join(REPO_ROOT, file), 'utf8')) as Node;
  const out: string[] = [];
  const visit = (node: Node, path: string): void => {
    if (node['x-source']?.includes('INFERRED') === true) out.push(path);
    for (const [k, v] of Object.entries(node.properties ?? {})) visit(v, `${path}/${k}`);
    if (node.items) visit(node.items, `${path}/*`);
  };
  visit(schema, '#');
  for (const [k, v] of Object.entries(schema.$defs ?? {})) visit(v, `#/$defs/${k}`);
  return out.sort();
}

describe('the PAG model guide follows the schema', () => {
  // When this list changes, say what became (or stopped being) an inference in
  // docs/guides/modele-du-pag.md and docs/guides/en/pag-model.md, then update it.
  it('lists the inferences the published PAG schema marks', () => {
    expect(inferredPointers('packages/pag-schema/schemas/pag.schema.json')).toEqual([
      '#/$defs/Alerte',
      '#/$defs/Alerte/emetteur',
      '#/$defs/AvisMineur',
      '#/$defs/AvisMineur/sens',
      '#/$defs/AvisSolutions',
      '#/$defs/AvisSolutions/sens',
      '#/$defs/BesoinAidant',
      '#/$defs/BesoinAidant/nature',
      '#/$defs/Demande/pilote',
      '#/$defs/Demande/referentPag',
      '#/$defs/DerogationMobilisee',
      '#/$defs/Emancipation',
      '#/$defs/Emancipation/date',
      '#/$defs/LieuDeVie',
      '#/$defs/LieuDeVie/amendementCreton',
      '#/$defs/LieuDeVie/type',
      '#/$defs/MesureProtection/roleProtecteurHorsTre',
      '#/$defs/Objectif/horizon',
      '#/$defs/PersonneConcernee/sexe',
      '#/$defs/Prerequis/etat',
      '#/$defs/PrioriteComex/categorie',
      '#/$defs/ProcheAidant/situation',
      '#/$defs/ProcheAidant/trancheAge',
      '#/$defs/Situation/emancipation',
      '#/$defs/SoutienAidant',
      '#/$defs/SoutienAidant/nature',
      '#/$defs/Suivi/dateProchaineRevision',
      '#/$defs/SuiviAse',
      '#/$defs/SuiviAse/natureMesure',
      '#/$defs/TitulaireAutoriteParentale/delegataire',
      '#/$defs/ValidationPlan',
      '#/$defs/ValidationPlan/instance',
    ]);
  });

  it('names each of those fields in both languages, next to an INFERRED mark', () => {
    const fields = [
      'derogations',
      'sexe',
      'prerequis[].etat',
      'prioriteComex.categorie',
      'dateProchaineRevision',
      'suiviAse',
      'natureMesure',
      'demande.alerte',
      'avisMineur',
      'avisSolutions',
      'aidants',
      'referentPag',
      'lieuDeVie',
      'roleProtecteurHorsTre',
      'horizon',
      'trancheAge',
      'delegataire',
      'emancipation',
      'validationPlan',
    ];
    for (const file of ['docs/guides/modele-du-pag.md', 'docs/guides/en/pag-model.md']) {
      const rows = readFileSync(join(REPO_ROOT, file), 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('|') && l.includes('INFERRED'));
      for (const f of fields)
        expect(
          rows.some((r) => r.includes(f)),
          `${file}: ${f}`,
        ).toBe(true);
    }
  });
});

describe('guides come in pairs', () => {
  const pairs: [string, string][] = [
    ['demarrer.md', 'en/getting-started.md'],
    ['valider-des-fichiers.md', 'en/validating-files.md'],
    ['numerotations.md', 'en/numberings.md'],
    ['modele-du-pag.md', 'en/pag-model.md'],
    ['versions-et-compatibilite.md', 'en/versions-and-compatibility.md'],
    ['echanger-un-pag-en-fhir.md', 'en/exchanging-a-pag-in-fhir.md'],
  ];
  it.each(pairs)('%s ⇄ %s link to each other and have the same sections', (fr, en) => {
    const frText = readFileSync(join(REPO_ROOT, 'docs/guides', fr), 'utf8');
    const enText = readFileSync(join(REPO_ROOT, 'docs/guides', en), 'utf8');
    expect(frText).toContain(`(${en})`);
    expect(enText).toMatch(new RegExp(`\\((\\.\\./)?${fr.replace('.', '\\.')}\\)`));
    const headings = (t: string) => t.split('\n').filter((l) => /^#{2,3} /.test(l)).length;
    expect(headings(enText)).toBe(headings(frText));
    const blocks = (t: string) => (t.match(/^```ts/gm) ?? []).length;
    expect(blocks(enText)).toBe(blocks(frText));
  });
});
