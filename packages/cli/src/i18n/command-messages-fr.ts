/**
 * Les messages des commandes en français (forme : `command-messages.ts`).
 *
 * French catalogue of the commands' messages.
 */
import type { CommandMessages } from './command-messages.js';
import { formatCount, plural } from './messages.js';

const DASH = ' ; un nom de fichier qui commence par « - » se donne après « -- » ou avec « ./ » devant';

/** Les messages des commandes en français. */
export const fr: CommandMessages = {
  colon: ' :',
  args: {
    unknownOption: (option, suggestion) => `option inconnue : ${option}${suggestion === undefined ? DASH : ` (vouliez-vous dire ${suggestion} ?)`}`,
    badOptionValue: (option) => `option ${option} : valeur manquante ou inattendue`,
    invalidValue: (option, value, expected, suggestion) =>
      `${option} : valeur « ${value} » invalide (attendu : ${expected})${suggestion === undefined ? '' : ` ; vouliez-vous dire « ${suggestion} » ?`}`,
  },
  main: {
    langMissing: '--lang : valeur manquante',
    command: 'commande',
    help: (command) => `Aide : serafin${command} --help`,
    unexpected: (stack) => `serafin : erreur inattendue, merci de la signaler\n${stack}`,
  },
  validate: {
    badJobs: (value) => `--jobs : « ${value} » n’est pas un nombre entre 1 et 256 ni « auto »`,
    badMaxSize: (value) => `--max-size : « ${value} » n’est pas une taille en Mio (entre 0 et 4096)`,
    unknownRule: (id, suggestion) =>
      `--skip-rule : règle inconnue « ${id} »${suggestion === undefined ? '' : ` ; vouliez-vous dire ${suggestion} ?`} (liste des règles : docs/reference/regles.md)`,
    unskippableRule: (id) =>
      `--skip-rule : « ${id} » est un contrôle de structure, qui s’exécute toujours : il ne s’ignore pas (seules les règles métier s’ignorent ; liste des règles : docs/reference/regles.md)`,
    outputIsInput: (output) => `--output : ${output} est aussi une entrée à vérifier ; rien n’a été écrit`,
    outputExists: (output) =>
      `--output : ${output} existe déjà ; ajoutez --force pour le remplacer (un nom de fichier qui commence par « - » se donne après « -- » ou avec « ./ » devant)`,
    badDate: (value) => `--date : « ${value} » n’est pas une date AAAA-MM-JJ`,
    noInput: 'aucune entrée : donnez des fichiers, des dossiers, des motifs, ou « - » pour l’entrée standard',
    cannotOpen: (output, reason) => `serafin validate : impossible d’écrire ${output} (${reason})`,
    standardOutput: 'la sortie standard',
    reportNotWritten: (where, reason, exitCode) =>
      `serafin validate : le rapport n’a pas pu être écrit sur ${where} (${reason}) ; les documents ont été vérifiés, code de sortie ${exitCode}`,
  },
  render: {
    noInput: 'aucune entrée : donnez des fichiers, des dossiers, des motifs ou « - »',
    severalDocuments: 'plusieurs documents : donnez le dossier de sortie avec -o <dossier>',
    notPag: (label) => `${label} : pas un PAG (« typeDocument » doit valoir « pag » pour --format svg)`,
    unknownType: (label) => `${label} : type de document inconnu (« typeDocument » : pag, convention-territoriale ou tableau-derogations)`,
    cannotWrite: (target, reason) => `serafin render : impossible d’écrire ${target} (${reason})`,
    personalDataHidden: 'Données personnelles masquées (--include-personal-data pour les afficher).',
  },
  report: {
    unknownType: 'type inconnu',
    valid: 'valide',
    invalid: 'non valide',
    summary: (summary) => {
      const c = (n: number): string => formatCount('fr', n);
      const head = `${plural('fr', summary.files, 'fichier', 'file')}, ${plural('fr', summary.documents, 'document', 'document')} : ${c(summary.valid)} ${summary.valid >= 2 ? 'valides' : 'valide'}, ${c(summary.invalid)} non ${summary.invalid >= 2 ? 'valides' : 'valide'}`;
      const errors = summary.errors > 0 ? ` ; ${plural('fr', summary.errors, 'erreur', 'error')} de lecture` : '';
      const i = summary.issues;
      return `${head}${errors}. Constats : ${plural('fr', i.error, 'erreur', 'error')}, ${plural('fr', i.warning, 'avertissement', 'warning')}, ${plural('fr', i.info, 'information', 'info')}.`;
    },
  },
  migrate: {
    noInput: 'aucune entrée : donnez un ou plusieurs fichiers JSON',
    outputAndInPlace: '-o et --in-place s’excluent',
    severalInputs: 'plusieurs entrées : ajoutez --in-place (ou migrez un fichier à la fois)',
    cannotRead: (input, reason) => `${input} : lecture impossible (${reason})`,
    invalidJson: (input) => `${input} : JSON invalide, fichier laissé intact (serafin validate ${input} donne la position)`,
    leftUntouched: ' Fichier laissé intact.',
    alreadyCurrent: (input, version) => `${input} : déjà en ${version}, rien à changer`,
    cannotWrite: (input, target, reason) => `${input} : écriture impossible de ${target} (${reason})`,
  },
};
