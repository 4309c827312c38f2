/**
 * The text of the HTML report of `serafin validate --format html`, in French
 * and English. The issues' messages come from the validators in the chosen
 * language; the field titles are the French titles of the published schemas.
 */
import type { Lang } from './messages.js';

/** Every string of the report's frame. */
export interface HtmlReportText {
  readonly title: string;
  readonly heading: string;
  readonly produced: (version: string, when: string) => string;
  readonly summary: string;
  readonly display: string;
  readonly order: string;
  readonly bySeverity: string;
  readonly inDocumentOrder: string;
  readonly shown: string;
  readonly noCssNote: string;
  readonly filesTable: string;
  readonly file: string;
  readonly type: string;
  readonly result: string;
  readonly valid: string;
  readonly invalid: string;
  readonly unread: string;
  readonly unknownType: string;
  readonly line: (n: number) => string;
  readonly severity: Readonly<Record<'error' | 'warning' | 'info', string>>;
  readonly severityPlural: Readonly<Record<'error' | 'warning' | 'info', string>>;
  /** The separator between a label and its value: a no-break space before the colon in French typography. */
  readonly colon: string;
  readonly noIssue: string;
  readonly field: string;
  readonly documentRoot: string;
  readonly item: (n: number) => string;
  readonly rule: string;
  readonly source: string;
  readonly inputError: string;
  readonly issues: string;
  readonly sourceKinds: Readonly<Record<string, string>>;
  readonly masking: string;
  readonly unmasked: string;
}

const FR: HtmlReportText = {
  title: 'Rapport de validation serafin',
  heading: 'Rapport de validation',
  produced: (version, when) => `Produit par serafin ${version} (serafin validate) le ${when}.`,
  summary: 'Synthèse',
  display: 'Affichage',
  order: 'Ordre des constats',
  bySeverity: 'par gravité (erreurs d’abord)',
  inDocumentOrder: 'dans l’ordre du document',
  shown: 'Gravités affichées',
  noCssNote: 'Sans ces réglages (navigateur ancien, impression), les constats sont dans l’ordre du document.',
  filesTable: 'Fichiers vérifiés',
  file: 'Fichier',
  type: 'Type',
  result: 'Résultat',
  valid: 'valide',
  invalid: 'non valide',
  unread: 'non lu',
  unknownType: 'type inconnu',
  line: (n) => `ligne ${n}`,
  severity: { error: 'Erreur', warning: 'Avertissement', info: 'Information' },
  severityPlural: { error: 'Erreurs', warning: 'Avertissements', info: 'Informations' },
  colon: '\u00a0: ',
  noIssue: 'Aucun constat.',
  field: 'Champ',
  documentRoot: 'le document',
  item: (n) => (n === 1 ? '1er élément' : `${n}e élément`),
  rule: 'Règle',
  source: 'Source',
  inputError: 'Lecture impossible',
  issues: 'Constats',
  sourceKinds: { loi: 'loi', cnsa: 'CNSA', ans: 'ANS', 'bonne-pratique': 'bonne pratique du projet' },
  masking: 'Les messages ne citent aucune donnée personnelle (identité, coordonnées, dates de naissance, texte libre) : relancez avec --include-personal-data pour les voir.',
  unmasked: 'Ce rapport peut citer des données personnelles (--include-personal-data) : ne le diffusez pas au-delà des personnes habilitées.',
};

const EN: HtmlReportText = {
  title: 'serafin validation report',
  heading: 'Validation report',
  produced: (version, when) => `Produced by serafin ${version} (serafin validate) on ${when}.`,
  summary: 'Summary',
  display: 'Display',
  order: 'Order of the issues',
  bySeverity: 'by severity (errors first)',
  inDocumentOrder: 'in document order',
  shown: 'Severities shown',
  noCssNote: 'Without these settings (older browser, print), the issues are in document order.',
  filesTable: 'Files checked',
  file: 'File',
  type: 'Type',
  result: 'Result',
  valid: 'valid',
  invalid: 'invalid',
  unread: 'not read',
  unknownType: 'unknown type',
  line: (n) => `line ${n}`,
  severity: { error: 'Error', warning: 'Warning', info: 'Information' },
  severityPlural: { error: 'Errors', warning: 'Warnings', info: 'Information' },
  colon: ': ',
  noIssue: 'No issue.',
  field: 'Field',
  documentRoot: 'the document',
  item: (n) => `item ${n}`,
  rule: 'Rule',
  source: 'Source',
  inputError: 'Could not be read',
  issues: 'Issues',
  sourceKinds: { loi: 'law', cnsa: 'CNSA', ans: 'ANS', 'bonne-pratique': 'good practice of the project' },
  masking: 'The messages quote no personal data (identity, contact details, dates of birth, free text): run again with --include-personal-data to see them.',
  unmasked: 'This report may quote personal data (--include-personal-data): do not share it beyond the people entitled to it.',
};

/** The report's text in `lang`. */
export function htmlReportText(lang: Lang): HtmlReportText {
  return lang === 'fr' ? FR : EN;
}
