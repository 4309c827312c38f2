/**
 * The small project code systems of the PAG mapping, as FHIR `CodeSystem`
 * resources (written to `packages/fhir/fhir/` by `pnpm generate` and published
 * at their canonical URL on the site).
 *
 * Les systèmes de codes du projet utilisés par la correspondance.
 */
import type { CodeSystem } from '@medplum/fhirtypes';
import { PAG_CODE_SYSTEMS } from './urls.js';

const DEFINITIONS: readonly { key: Exclude<keyof typeof PAG_CODE_SYSTEMS, 'cnsa2018'>; title: string; concepts: readonly [string, string][] }[] = [
  { key: 'typePlan', title: 'Type de plan (PAG)', concepts: [['pag', 'Plan d’accompagnement global (CASF, L. 114-1-1)']] },
  { key: 'typeTache', title: 'Type de tâche du PAG', concepts: [['engagement', 'Engagement d’un opérateur (article du PAG)']] },
  {
    key: 'entreeTache',
    title: 'Entrées de tâche du PAG',
    concepts: [
      ['frequence', 'Fréquence de la prestation'],
      ['domaine', 'Domaine d’intervention (CASF, L. 114-1-1)'],
      ['precision', 'Description libre de l’intervention (sans code SERAFIN-PH notamment)'],
    ],
  },
  {
    key: 'typeOperateur',
    title: 'Type d’opérateur du PAG',
    concepts: [
      ['esms', 'Établissement ou service social ou médico-social'],
      ['sanitaire', 'Acteur sanitaire'],
      ['education-nationale', 'Éducation nationale'],
      ['ase', 'Aide sociale à l’enfance'],
      ['droit-commun', 'Acteur de droit commun'],
      ['liberal', 'Professionnel libéral'],
      ['autre', 'Autre'],
    ],
  },
  {
    key: 'typeAccord',
    title: 'Accords du PAG',
    concepts: [
      ['accord-prealable', 'Accord préalable à l’élaboration du PAG (CASF, L. 114-1-1)'],
      ['accord-expres', 'Accord exprès au PAG (CASF, L. 146-9)'],
    ],
  },
  { key: 'roleEquipe', title: 'Rôles dans l’équipe du PAG', concepts: [['coordonnateur-parcours', 'Coordonnateur de parcours (CASF, L. 114-1-1)']] },
];

/** The project code systems of the mapping. */
export function pagCodeSystems(): CodeSystem[] {
  return DEFINITIONS.map((d) => {
    const url = PAG_CODE_SYSTEMS[d.key];
    return {
      resourceType: 'CodeSystem',
      id: url.slice(url.lastIndexOf('/') + 1),
      url,
      version: '1.0.0',
      name: d.key[0]!.toUpperCase() + d.key.slice(1),
      title: d.title,
      status: 'active',
      experimental: false,
      publisher: 'Projet open source serafin-ph',
      description:
        'Codes du projet serafin-ph pour la correspondance PAG ⇄ FHIR (guide « Échanger un PAG en FHIR »). GENERATED FILE, DO NOT EDIT: packages/fhir/scripts/generators/pag-extensions.ts.',
      caseSensitive: true,
      content: 'complete',
      count: d.concepts.length,
      concept: d.concepts.map(([code, display]) => ({ code, display })),
    };
  });
}
