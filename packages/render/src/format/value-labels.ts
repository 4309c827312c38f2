/**
 * Words for the values of the project's own enumerations (those no official
 * list defines: `representant-legal`, `premiere-demande`, `a-lever`…), in
 * French and English, as the schema descriptions spell them out. A value not
 * listed here is shown as written in the document.
 */
import type { RenderLang } from './i18n.js';

type Labels = Readonly<Record<string, readonly [fr: string, en: string]>>;

const LABELS: Labels = {
  // statuses and lifecycle
  brouillon: ['brouillon', 'draft'],
  elabore: ['élaboré', 'elaborated'],
  valide: ['validé', 'validated'],
  termine: ['terminé', 'ended'],
  // section 1
  personne: ['la personne', 'the person'],
  'representant-legal': ['représentant légal', 'legal representative'],
  'equipe-pluridisciplinaire': ['équipe pluridisciplinaire de la MDPH', 'MDPH multidisciplinary team'],
  'priorite-comex': ['priorité délibérée par la Comex', 'priority set by the Comex'],
  'indisponibilite-reponses-connues': ['indisponibilité des réponses connues', 'known answers unavailable'],
  'inadaptation-reponses-connues': ['inadaptation des réponses connues', 'known answers unsuited'],
  'complexite-reponse': ['complexité de la réponse à apporter', 'complex answer needed'],
  'risque-rupture-parcours': ['risque de rupture du parcours', 'risk of a break in the pathway'],
  'constat-rupture-parcours': ['rupture du parcours constatée', 'break in the pathway observed'],
  'situations-complexes': ['situations complexes', 'complex situations'],
  'ase-pjj': ['ASE / PJJ', 'child welfare / youth justice (ASE / PJJ)'],
  'jeunes-15-25-ans': ['jeunes de 15 à 25 ans', 'young people aged 15 to 25'],
  'premiere-demande': ['première demande de PAG', 'first PAG request'],
  'demande-revision': ['demande de révision', 'revision requested'],
  'revision-prevue': ['révision prévue par le PAG précédent', 'revision planned by the previous PAG'],
  gos: ['groupe opérationnel de synthèse (GOS)', 'operational synthesis group (GOS)'],
  'reunion-synthese': ['réunion de synthèse', 'synthesis meeting'],
  echanges: ['échanges (téléphone, courriel…)', 'exchanges (phone, email…)'],
  professionnel: ['professionnel', 'professional'],
  'personne-concernee': ['personne concernée', 'the person concerned'],
  'proche-aidant': ['proche aidant', 'family carer'],
  'pair-aidant': ['pair-aidant', 'peer helper'],
  // section 2
  F: ['féminin', 'female'],
  M: ['masculin', 'male'],
  I: ['indéterminé', 'undetermined'],
  administrative: ['administrative', 'administrative'],
  judiciaire: ['judiciaire', 'judicial'],
  // section 3
  aboutie: ['aboutie', 'succeeded'],
  'non-aboutie': ['non aboutie', 'did not succeed'],
  'en-cours': ['en cours', 'in progress'],
  // section 4
  esms: ['ESMS', 'ESMS'],
  sanitaire: ['sanitaire', 'health care'],
  'education-nationale': ['Éducation nationale', 'National Education'],
  ase: ['aide sociale à l’enfance', 'child welfare (ASE)'],
  'droit-commun': ['droit commun', 'mainstream services'],
  liberal: ['professionnel libéral', 'self-employed professional'],
  'educatif-scolarisation': ['éducatif et scolarisation', 'education and schooling'],
  therapeutique: ['thérapeutique', 'therapeutic'],
  'insertion-professionnelle': ['insertion professionnelle', 'vocational integration'],
  'insertion-sociale': ['insertion sociale', 'social integration'],
  'aide-aux-aidants': ['aide aux aidants', 'support for carers'],
  materiel: ['matériel', 'equipment'],
  recrutement: ['recrutement', 'recruitment'],
  financement: ['financement', 'funding'],
  derogation: ['dérogation', 'derogation'],
  transport: ['transport', 'transport'],
  formation: ['formation', 'training'],
  amenagement: ['aménagement', 'adaptation'],
  'a-lever': ['à lever', 'to be lifted'],
  leve: ['levé', 'lifted'],
  abandonne: ['abandonné', 'abandoned'],
  demandee: ['demandée', 'requested'],
  accordee: ['accordée', 'granted'],
  refusee: ['refusée', 'refused'],
  terminee: ['terminée', 'ended'],
  demande: ['demandé', 'requested'],
  accorde: ['accordé', 'granted'],
  refuse: ['refusé', 'refused'],
  ars: ['ARS', 'regional health agency (ARS)'],
  'conseil-departemental': ['conseil départemental', 'departmental council'],
  'assurance-maladie': ['assurance maladie', 'health insurance'],
  // frequencies
  jour: ['jour', 'day'],
  semaine: ['semaine', 'week'],
  quinzaine: ['quinzaine', 'fortnight'],
  mois: ['mois', 'month'],
  trimestre: ['trimestre', 'quarter'],
  semestre: ['semestre', 'half-year'],
  annee: ['année', 'year'],
  // consent
  parents: ['les parents', 'the parents'],
  'personne-chargee-mesure-protection': ['personne chargée de la mesure de protection', 'person in charge of the protection measure'],
  'ecrit-signe': ['écrit signé', 'signed in writing'],
  'signature-electronique': ['signature électronique', 'electronic signature'],
  'oral-trace': ['oral, tracé', 'oral, recorded'],
  // annexes
  domicile: ['domicile', 'home'],
  ecole: ['école', 'school'],
  lundi: ['lundi', 'Monday'],
  mardi: ['mardi', 'Tuesday'],
  mercredi: ['mercredi', 'Wednesday'],
  jeudi: ['jeudi', 'Thursday'],
  vendredi: ['vendredi', 'Friday'],
  samedi: ['samedi', 'Saturday'],
  dimanche: ['dimanche', 'Sunday'],
  autre: ['autre', 'other'],
};

/** The words for a project enumeration value, or `undefined` when the value is not known here. */
export function valueLabel(value: unknown, lang: RenderLang): string | undefined {
  if (typeof value !== 'string' || !Object.hasOwn(LABELS, value)) return undefined;
  return LABELS[value]![lang === 'en' ? 1 : 0];
}
