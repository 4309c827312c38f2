/**
 * Messages of `serafin convert`, in French and English. They name files,
 * rule ids, JSON Pointers and FHIR locations, never a value of a document.
 */
import type { Lang } from './messages.js';

/** Help text of `serafin convert`. */
export const CONVERT_HELP: Record<Lang, string> = {
  fr: `Usage : serafin convert [options] <fichier.json|-> (--to fhir | --from fhir)

Convertit un PAG en Bundle FHIR R4 (--to fhir) ou un Bundle FHIR R4 en PAG (--from fhir), selon
la correspondance de @serafin-ph/fhir (guide « Échanger un PAG en FHIR »). Le résultat va sur la
sortie standard, ou dans le fichier donné par -o.

  --to fhir     le PAG est d’abord validé ; s’il n’est pas valide pour le schéma, rien n’est écrit.
                Ses erreurs de règles métier sont signalées, le Bundle est écrit quand même.
  --from fhir   le PAG porté par le Bundle (le CarePlan de catégorie « pag ») ; tout ce qui n’a pas pu
                être repris est listé sur la sortie d’erreur avec son emplacement, puis le PAG obtenu
                est validé. Le document est écrit pour examen même s’il est incomplet.

Options :
      --to fhir              convertit un PAG en Bundle FHIR
      --from fhir            convertit un Bundle FHIR en PAG
  -o, --output <fichier>     écrit le résultat dans ce fichier ; jamais l’entrée, ni un fichier
                             existant sans --force
      --force                autorise --output à remplacer un fichier existant
      --date AAAA-MM-JJ      date de référence des règles temporelles (défaut : aujourd’hui)
  -q, --quiet                n’écrit que les erreurs
  -l, --lang fr|en           langue des messages

Données personnelles : le résultat contient les données du document (c’est un échange entre acteurs
habilités) ; les messages, eux, ne citent jamais une valeur du document, comme serafin validate.

Exemples :
  serafin convert pag.json --to fhir -o pag.bundle.json
  serafin convert pag.bundle.json --from fhir -o pag.json

Codes de sortie : 0 converti sans perte et valide ; 1 document non valide, non convertible, ou
éléments non repris ; 2 erreur d’utilisation, de lecture ou d’écriture.
`,
  en: `Usage: serafin convert [options] <file.json|-> (--to fhir | --from fhir)

Converts a PAG into a FHIR R4 Bundle (--to fhir) or a FHIR R4 Bundle into a PAG (--from fhir),
with the mapping of @serafin-ph/fhir (guide "Exchanging a PAG in FHIR"). The result goes to
standard output, or to the file given with -o.

  --to fhir     the PAG is validated first; if it is not valid for the schema, nothing is written.
                Its business-rule errors are reported, and the Bundle is written all the same.
  --from fhir   the PAG carried by the Bundle (the CarePlan of category "pag"); everything that could
                not be carried is listed on standard error with its location, then the PAG is
                validated. The document is written for review even when incomplete.

Options:
      --to fhir              converts a PAG into a FHIR Bundle
      --from fhir            converts a FHIR Bundle into a PAG
  -o, --output <file>        writes the result to this file; never the input, nor an existing file
                             without --force
      --force                lets --output replace an existing file
      --date YYYY-MM-DD      reference date of the time-based rules (default: today)
  -q, --quiet                writes errors only
  -l, --lang fr|en           language of the messages

Personal data: the result holds the document's data (an exchange between authorised actors); the
messages never quote a value of the document, as in serafin validate.

Examples:
  serafin convert pag.json --to fhir -o pag.bundle.json
  serafin convert pag.bundle.json --from fhir -o pag.json

Exit codes: 0 converted without loss and valid; 1 document not valid, not convertible, or elements
not carried; 2 usage, read or write error.
`,
};

/** The short messages of `serafin convert`. */
export const CONVERT_TEXT = {
  fr: {
    noInput: 'aucune entrée : donnez un fichier JSON ou « - »',
    oneInput: 'une seule entrée à la fois',
    direction: 'donnez --to fhir ou --from fhir (un seul des deux)',
    sameAsInput: (o: string) => `--output : ${o} est aussi l’entrée ; rien n’a été écrit`,
    exists: (o: string) => `--output : ${o} existe déjà ; ajoutez --force pour le remplacer`,
    badDate: '--date : date AAAA-MM-JJ attendue',
    cannotRead: (f: string, why: string) => `${f} : lecture impossible (${why})`,
    cannotWrite: (f: string, why: string) => `écriture impossible de ${f} (${why})`,
    notPagSchema: (f: string, n: number) => `${f} : PAG non valide pour le schéma (${n} erreur${n > 1 ? 's' : ''}) : rien n’a été écrit (serafin validate ${f} détaille)`,
    businessErrors: (f: string, n: number) => `${f} : ${n} erreur${n > 1 ? 's' : ''} de règles métier ; le Bundle est écrit quand même`,
    noPag: (f: string) => `${f} : le Bundle ne porte pas de PAG`,
    notMapped: (f: string, n: number) => `${f} : ${n} élément${n > 1 ? 's' : ''} du Bundle non repris dans le PAG`,
    invalidResult: (f: string, n: number) => `${f} : le PAG obtenu a ${n} erreur${n > 1 ? 's' : ''}`,
    done: (f: string, what: string, to: string) => `${f} : ${what} écrit${to === '' ? '' : ` dans ${to}`}`,
    bundle: (n: number) => `Bundle FHIR de ${n} ressource${n > 1 ? 's' : ''}`,
    pag: 'PAG',
  },
  en: {
    noInput: 'no input: give a JSON file or "-"',
    oneInput: 'one input at a time',
    direction: 'give --to fhir or --from fhir (only one of them)',
    sameAsInput: (o: string) => `--output: ${o} is also the input; nothing was written`,
    exists: (o: string) => `--output: ${o} already exists; add --force to replace it`,
    badDate: '--date: a YYYY-MM-DD date is expected',
    cannotRead: (f: string, why: string) => `${f}: cannot read (${why})`,
    cannotWrite: (f: string, why: string) => `cannot write ${f} (${why})`,
    notPagSchema: (f: string, n: number) => `${f}: PAG not valid for the schema (${n} error${n > 1 ? 's' : ''}): nothing was written (serafin validate ${f} gives the details)`,
    businessErrors: (f: string, n: number) => `${f}: ${n} business-rule error${n > 1 ? 's' : ''}; the Bundle is written all the same`,
    noPag: (f: string) => `${f}: the Bundle carries no PAG`,
    notMapped: (f: string, n: number) => `${f}: ${n} element${n > 1 ? 's' : ''} of the Bundle not carried into the PAG`,
    invalidResult: (f: string, n: number) => `${f}: the PAG read has ${n} error${n > 1 ? 's' : ''}`,
    done: (f: string, what: string, to: string) => `${f}: ${what} written${to === '' ? '' : ` to ${to}`}`,
    bundle: (n: number) => `FHIR Bundle of ${n} resource${n > 1 ? 's' : ''}`,
    pag: 'PAG',
  },
} as const;
