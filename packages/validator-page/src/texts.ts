/**
 * Texts of the validator page, in French (first) and English.
 */
import type { Severity } from '@serafin-ph/validators';

/** Language of the page. */
export type PageLang = 'fr' | 'en';

/** Every text of the page. */
export interface PageTexts {
  readonly title: string;
  readonly intro: string;
  readonly privacy: string;
  readonly switchTo: string;
  readonly switchLabel: string;
  readonly choose: string;
  readonly drop: string;
  readonly includePersonal: string;
  readonly includePersonalHelp: string;
  readonly referenceDate: string;
  readonly referenceDateHelp: string;
  readonly results: string;
  readonly noFile: string;
  readonly valid: string;
  readonly invalid: string;
  readonly unreadable: string;
  readonly severityFilter: string;
  readonly ruleFilter: string;
  readonly all: string;
  readonly severities: Readonly<Record<Severity, string>>;
  readonly colSeverity: string;
  readonly colRule: string;
  readonly colPath: string;
  readonly colMessage: string;
  readonly root: string;
  readonly noIssue: string;
  readonly shown: (shown: number, total: number) => string;
  readonly summary: (documents: number, valid: number) => string;
  readonly line: string;
  readonly showRendering: string;
  readonly hideRendering: string;
  readonly renderingTitle: string;
  readonly download: string;
  readonly unknownType: string;
  readonly jsonError: (message: string) => string;
}

const FR: PageTexts = {
  title: 'Valider des PAG, conventions et tableaux de dérogations',
  intro:
    'Déposez ou choisissez des fichiers JSON (un document) ou NDJSON (un document par ligne) : chaque document est vérifié avec les mêmes règles que la commande serafin validate, et un PAG peut être affiché tel qu’il s’imprime, avec son emploi du temps.',
  privacy: 'Vos fichiers ne quittent pas votre ordinateur : tout est vérifié dans ce navigateur, sans connexion ni envoi.',
  switchTo: 'English',
  switchLabel: 'Switch the page to English',
  choose: 'Choisir des fichiers',
  drop: 'ou déposez-les ici',
  includePersonal: 'Montrer les données personnelles',
  includePersonalHelp: 'Par défaut, comme serafin validate, les messages et le rendu masquent les données personnelles (noms, date de naissance, textes libres).',
  referenceDate: 'Date de référence',
  referenceDateHelp: 'Date à laquelle les règles datées sont évaluées (par défaut : aujourd’hui).',
  results: 'Résultats',
  noFile: 'Aucun fichier vérifié pour l’instant.',
  valid: 'valide',
  invalid: 'non valide',
  unreadable: 'illisible',
  severityFilter: 'Gravité',
  ruleFilter: 'Règle',
  all: 'Toutes',
  severities: { error: 'erreur', warning: 'avertissement', info: 'information' },
  colSeverity: 'Gravité',
  colRule: 'Règle',
  colPath: 'Champ',
  colMessage: 'Message',
  root: '(document)',
  noIssue: 'Aucune anomalie.',
  shown: (shown, total) => `${shown} anomalie${shown > 1 ? 's' : ''} affichée${shown > 1 ? 's' : ''} sur ${total}.`,
  summary: (documents, valid) => `${documents} document${documents > 1 ? 's' : ''}, ${valid} valide${valid > 1 ? 's' : ''}.`,
  line: 'ligne',
  showRendering: 'Afficher le rendu',
  hideRendering: 'Masquer le rendu',
  renderingTitle: 'Rendu du document',
  download: 'Enregistrer la page HTML',
  unknownType: 'Type de document inconnu (« typeDocument » : pag, convention-territoriale ou tableau-derogations).',
  jsonError: (message) => `JSON invalide : ${message}`,
};

const EN: PageTexts = {
  title: 'Validate PAGs, conventions and derogation tables',
  intro:
    'Drop or choose JSON files (one document) or NDJSON files (one document per line): each document is checked with the same rules as the serafin validate command, and a PAG can be shown as it prints, with its timetable.',
  privacy: 'Your files never leave your computer: everything is checked in this browser, with no connection and nothing sent.',
  switchTo: 'Français',
  switchLabel: 'Afficher la page en français',
  choose: 'Choose files',
  drop: 'or drop them here',
  includePersonal: 'Show personal data',
  includePersonalHelp: 'By default, as serafin validate, messages and renderings hide personal data (names, birth date, free texts).',
  referenceDate: 'Reference date',
  referenceDateHelp: 'Date at which dated rules are evaluated (default: today).',
  results: 'Results',
  noFile: 'No file checked yet.',
  valid: 'valid',
  invalid: 'not valid',
  unreadable: 'unreadable',
  severityFilter: 'Severity',
  ruleFilter: 'Rule',
  all: 'All',
  severities: { error: 'error', warning: 'warning', info: 'information' },
  colSeverity: 'Severity',
  colRule: 'Rule',
  colPath: 'Field',
  colMessage: 'Message',
  root: '(document)',
  noIssue: 'No issue.',
  shown: (shown, total) => `${shown} of ${total} issue${total > 1 ? 's' : ''} shown.`,
  summary: (documents, valid) => `${documents} document${documents > 1 ? 's' : ''}, ${valid} valid.`,
  line: 'line',
  showRendering: 'Show the rendering',
  hideRendering: 'Hide the rendering',
  renderingTitle: 'Rendering of the document',
  download: 'Save the HTML page',
  unknownType: 'Unknown document type ("typeDocument": pag, convention-territoriale or tableau-derogations).',
  jsonError: (message) => `Invalid JSON: ${message}`,
};

/** The texts of `lang`. */
export function pageTexts(lang: PageLang): PageTexts {
  return lang === 'en' ? EN : FR;
}
