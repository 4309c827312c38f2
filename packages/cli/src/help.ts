/**
 * Help texts of every command, in French and English.
 */
import type { Lang } from './i18n/messages.js';

/** Commands that have a help text. */
export type HelpTopic =
  | 'main'
  | 'validate'
  | 'nomenclature'
  | 'nomenclature lookup'
  | 'nomenclature search'
  | 'nomenclature translate'
  | 'nomenclature export'
  | 'nomenclature list'
  | 'nomenclature lists'
  | 'schema';

const FR: Record<HelpTopic, string> = {
  main: `serafin — nomenclatures SERAFIN-PH et validation des PAG, conventions territoriales et tableaux de dérogations

Usage : serafin <commande> [options]

Commandes :
  validate <fichiers|dossiers|motifs|->       valide des documents JSON ou NDJSON
  nomenclature lookup|search|list|lists|translate|export
                                               consulte SERAFIN-PH et les listes de codes (TRE_R420, JDV_J11…),
                                               exporte les ressources FHIR
  fhir check <fichiers|dossiers|motifs>        vérifie des ressources FHIR R4 (JSON ou NDJSON bulk)
  schema <type>                                affiche le JSON Schema publié (pag, convention-territoriale, tableau-derogations)
  render <fichiers|dossiers> [-o sortie]       rend les documents en pages HTML lisibles et imprimables
  migrate <fichiers> [-o fichier|--in-place]   réécrit des documents 1.0.0 dans la version courante du schéma
  convert <fichier> --to fhir|--from fhir      convertit un PAG en Bundle FHIR R4, ou l’inverse
  help [commande]                              affiche l’aide d’une commande

Options :
  -h, --help         affiche l’aide (aussi après une commande : serafin validate --help)
  -v, --version      affiche la version
  -l, --lang fr|en   langue des messages (défaut : fr, ou la variable d’environnement SERAFIN_LANG)

Codes de sortie : 0 succès ; 1 document non valide (ou code introuvable) ; 2 erreur d’utilisation ou de lecture.
`,
  validate: `Usage : serafin validate [options] <fichiers|dossiers|motifs|->...

Valide des PAG, conventions territoriales et tableaux de dérogations. Le type est détecté
d’après le champ « typeDocument » (ou imposé par --type).

Entrées :
  fichier.json             un document JSON (BOM UTF-8 accepté ; taille limitée par --max-size)
  fichier.ndjson, .jsonl   un document par ligne, lu en flux (mémoire bornée, taille illimitée)
  dossier                  les fichiers .json, .ndjson et .jsonl du dossier et de ses sous-dossiers,
                           triés par nom (fichiers et dossiers cachés et node_modules ignorés)
  'motif/**/*.json'        un motif glob (à mettre entre guillemets) : * ? [abc] {a,b} **
  -                        l’entrée standard : un document JSON, ou NDJSON avec --ndjson
  Un nom de fichier qui commence par « - » se donne après « -- » ou précédé de « ./ »
  (serafin validate -- -fichier.json ; serafin validate ./*.json plutôt que *.json).

Options :
  -f, --format text|json|junit|html
                                 format de sortie (défaut : text ; couleurs sur un terminal,
                                 désactivées par NO_COLOR, forcées par FORCE_COLOR) ; html : un
                                 rapport autonome à ouvrir dans un navigateur (-o rapport.html)
  -o, --output <fichier>         écrit le rapport dans un fichier au lieu de la sortie standard ;
                                 jamais une des entrées, ni un fichier existant sans --force
      --force                    autorise --output à remplacer un fichier existant
  -l, --lang fr|en               langue des messages (défaut : fr)
      --numbering <numérotation> numérotation des codes SERAFIN-PH des documents :
                                 ans-2023 (défaut), cnsa-2018 ou ror-r265
      --date AAAA-MM-JJ          date de référence des règles temporelles (défaut : aujourd’hui)
      --type <type>              impose le type : pag, convention-territoriale, tableau-derogations
      --skip-rule <id>           n’exécute pas cette règle métier (répétable ; un identifiant inconnu
                                 est une erreur qui propose le plus proche ; un contrôle de
                                 structure STRUCTURE-* ne s’ignore pas)
      --deprecated-codes error|warning
                                 gravité d’un code SERAFIN-PH obsolète ou d’un public TRE_R403 fermé
                                 (défaut : celle des validateurs)
      --include-personal-data    autorise les messages à citer des données personnelles
  -j, --jobs <n>|auto            fils qui vérifient : le fil principal et n − 1 worker threads ;
                                 défaut 1 ; auto = un par cœur. Si n atteint le nombre de cœurs, les
                                 workers ne démarrent que pour 15 000 fichiers ou plus (jamais pour
                                 du NDJSON)
      --ndjson                   lit l’entrée standard comme du NDJSON
      --max-size <Mio>           taille maximale d’un document JSON ou d’une ligne NDJSON (défaut : 16)
      --encoding <encodage>      utf-8, windows-1252 ou latin1 : lire les fichiers dans cet encodage
                                 (défaut : UTF-8, UTF-16 reconnu, Windows-1252 détecté et signalé ;
                                 un encodage déclaré se lit sans --jobs)
      --allow-empty              un dossier vide ou un motif sans correspondance n’est pas une erreur
  -q, --quiet                    n’affiche que les documents non valides (leurs erreurs) et les
                                 erreurs de lecture, sans progression ni résumé (format text)
  -h, --help                     affiche cette aide

Codes de sortie :
  0  tous les documents sont valides
  1  au moins un document est non valide
  2  erreur d’utilisation, ou au moins une entrée illisible (fichier introuvable ou illisible,
     JSON mal formé, fichier vide, données binaires, encodage invalide, fichier trop gros) ;
     2 l’emporte sur 1. Une entrée en erreur n’empêche jamais de vérifier les autres.
  3  le rapport n’a pas pu être écrit (disque plein, -o /dev/full) ; l’emporte sur les autres.
     Un lecteur qui ferme le tube tôt (| head) n’est pas une erreur : le code du lot est rendu.

Exemples :
  serafin validate pag-2025-0042.json
  serafin validate --format junit -o rapport.xml depot/entrant/
  serafin validate --format html -o rapport.html depot/entrant/
  serafin validate --jobs auto --quiet 'archives/**/*.ndjson'
  extraction | serafin validate --ndjson --format json -
`,
  nomenclature: `Usage : serafin nomenclature <sous-commande> [options]

Sous-commandes :
  lookup <code>               affiche un concept SERAFIN-PH, ou un code d’une autre liste (--list)
  search <mots...>            recherche dans les libellés de SERAFIN-PH et de toutes les listes
  translate <code> --from <n> --to <n>
                              traduit un code entre numérotations (ans-2023, cnsa-2018, ror-r265)
  export <ressource>          exporte une ressource FHIR R4 en JSON : code-system,
                              value-set <J282|J283|J284|J285|prestations>,
                              concept-map <de> <vers>
  list <liste>                les codes d’une liste avec leurs libellés (TRE_R420, JDV_J285, SERAFIN-PH…),
                              en tableau, JSON ou CSV
  lists                       la liste utilisée par chaque champ des schémas publiés

Un code sans numérotation est lu en ANS 2023. « serafin nomenclature <sous-commande> --help » pour le détail.
`,
  'nomenclature lookup': `Usage : serafin nomenclature lookup <code> [options]

Affiche le concept SERAFIN-PH d’un code, ou le code d’une autre liste. Un code qui n’est pas
SERAFIN-PH est cherché dans les listes de l’ANS et du projet (« MTH » → JDV_J11 Mère) ; un code
inconnu partout reçoit les codes les plus proches avec leurs libellés.

Options :
      --list <liste>                          la liste du code : TRE_R420, J264, JDV_J285, SERAFIN-PH…
                                              (« serafin nomenclature list » les nomme ; JSON : sans --list,
                                              seulement SERAFIN-PH)
      --numbering ans-2023|cnsa-2018|ror-r265   numérotation du code (défaut : ans-2023)
      --definitions                           ajoute la définition publiée
  -f, --format text|json                      format de sortie (défaut : text)
  -l, --lang fr|en                            langue des messages

Codes de sortie : 0 trouvé ; 1 code inconnu dans cette numérotation ; 2 erreur d’utilisation.
`,
  'nomenclature search': `Usage : serafin nomenclature search <mots...> [options]

Recherche des codes par leurs libellés, dans SERAFIN-PH et toutes les listes de l’ANS et du projet
(sans accents ni majuscules, par mots, préfixes et formes voisines). Une table de synonymes revue
par le projet, non officielle, relie les mots courants aux mots des libellés (« répit » → Temporaire,
Relayage ; « orthophonie » → auxiliaires médicaux). Un code présent dans une liste et dans des jeux
de valeurs tirés d’elle n’est affiché qu’une fois, sous sa liste.

Options :
      --list <liste>       limite à cette liste (répétable) : SERAFIN-PH, JDV_J285, TRE_R420, J11…
      --branch besoins|prestations-directes|prestations-indirectes   limite à un bloc de SERAFIN-PH
      --active-only        écarte les concepts obsolètes
      --limit <n>          nombre maximal de résultats (défaut : 20)
      --definitions        cherche aussi dans les définitions
  -f, --format text|json   format de sortie (défaut : text)

Codes de sortie : 0 au moins un résultat ; 1 aucun résultat ; 2 erreur d’utilisation.
`,
  'nomenclature translate': `Usage : serafin nomenclature translate <code> --from <numérotation> --to <numérotation> [options]

Traduit un code entre les numérotations ans-2023, cnsa-2018 et ror-r265, avec l’équivalence
(equivalent, wider, narrower) et la référence de la preuve.

Options :
      --from <numérotation>   numérotation du code donné (défaut : ans-2023)
      --to <numérotation>     numérotation cible (obligatoire)
  -f, --format text|json      format de sortie (défaut : text)

Codes de sortie : 0 au moins une correspondance ; 1 code inconnu ou sans correspondance ; 2 erreur d’utilisation.
`,
  'nomenclature export': `Usage : serafin nomenclature export <ressource> [arguments]

Écrit une ressource FHIR R4 en JSON sur la sortie standard.

Ressources :
  code-system                         le CodeSystem SERAFIN-PH (avec les définitions)
  value-set <J282|J283|J284|J285|prestations>
                                      un jeu de valeurs de l’ANS, ou l’union des prestations
  concept-map <de> <vers>             la table de correspondance entre deux numérotations

Options :
  -o, --output <fichier>   écrit dans un fichier au lieu de la sortie standard
`,
  'nomenclature list': `Usage : serafin nomenclature list <liste> [options]

Affiche chaque code d’une liste avec son libellé officiel et son statut. <liste> : SERAFIN-PH,
un jeu de valeurs SERAFIN-PH (JDV_J282…JDV_J285, prestations) ou une liste de l’ANS ou du projet
par son identifiant (TRE_R420 ou R420, JDV_J264 ou J264, MESURE_PROTECTION_JURIDIQUE…), son URL
canonique ou son OID. Les identifiants s’écrivent en majuscules ou minuscules.

Options :
      --numbering ans-2023|cnsa-2018|ror-r265   pour SERAFIN-PH : numérotation (défaut : ans-2023)
  -f, --format table|json|csv                 format (défaut : table ; csv séparé par « ; » pour un tableur)
  -o, --output <fichier>                      écrit dans un fichier au lieu de la sortie standard

Codes de sortie : 0 ; 2 liste inconnue ou erreur d’utilisation.
`,
  'nomenclature lists': `Usage : serafin nomenclature lists [pag|convention-territoriale|tableau-derogations...] [options]

Pour chaque champ codé des schémas publiés : son chemin (* = tout élément d’un tableau), la liste
qui donne ses codes et le système écrit dans le schéma (x-systeme-codes).

Options :
  -f, --format table|json|csv   format (défaut : table)
  -o, --output <fichier>        écrit dans un fichier au lieu de la sortie standard
`,
  schema: `Usage : serafin schema <pag|convention-territoriale|tableau-derogations> [options]

Affiche le JSON Schema 2020-12 publié par @serafin-ph/pag-schema, octet pour octet.

Options :
  -o, --output <fichier>   écrit dans un fichier au lieu de la sortie standard
`,
};

const EN: Record<HelpTopic, string> = {
  main: `serafin — SERAFIN-PH nomenclatures and validation of PAGs, territorial conventions and derogation tables

Usage: serafin <command> [options]

Commands:
  validate <files|folders|patterns|->         validates JSON or NDJSON documents
  nomenclature lookup|search|list|lists|translate|export
                                               queries SERAFIN-PH and the code lists (TRE_R420, JDV_J11…),
                                               exports FHIR resources
  fhir check <files|folders|patterns>          checks FHIR R4 resources (JSON or bulk NDJSON)
  schema <type>                                prints the published JSON Schema (pag, convention-territoriale, tableau-derogations)
  render <files|folders> [-o output]           renders the documents as readable, printable HTML pages
  migrate <files> [-o file|--in-place]         rewrites 1.0.0 documents into the current schema version
  convert <file> --to fhir|--from fhir         converts a PAG into a FHIR R4 Bundle, or back
  help [command]                               prints a command's help

Options:
  -h, --help         prints help (also after a command: serafin validate --help)
  -v, --version      prints the version
  -l, --lang fr|en   language of messages (default: fr, or the SERAFIN_LANG environment variable)

Exit codes: 0 success; 1 invalid document (or code not found); 2 usage or input error.
`,
  validate: `Usage: serafin validate [options] <files|folders|patterns|->...

Validates PAGs, territorial conventions and derogation tables. The type is detected from the
"typeDocument" field (or forced with --type).

Inputs:
  file.json                one JSON document (UTF-8 BOM accepted; size capped by --max-size)
  file.ndjson, .jsonl      one document per line, streamed (bounded memory, any size)
  folder                   the .json, .ndjson and .jsonl files of the folder and its subfolders,
                           sorted by name (hidden files and folders and node_modules skipped)
  'pattern/**/*.json'      a glob pattern (quote it): * ? [abc] {a,b} **
  -                        standard input: one JSON document, or NDJSON with --ndjson
  Give a file name that starts with "-" after "--" or with "./" in front
  (serafin validate -- -file.json; serafin validate ./*.json rather than *.json).

Options:
  -f, --format text|json|junit|html
                                 output format (default: text; coloured on a terminal,
                                 disabled by NO_COLOR, forced by FORCE_COLOR); html: a
                                 self-contained report to open in a browser (-o report.html)
  -o, --output <file>            writes the report to a file instead of standard output; never
                                 one of the inputs, nor an existing file without --force
      --force                    lets --output replace an existing file
  -l, --lang fr|en               language of messages (default: fr)
      --numbering <numbering>    numbering of the documents' SERAFIN-PH codes:
                                 ans-2023 (default), cnsa-2018 or ror-r265
      --date YYYY-MM-DD          reference date of time-based rules (default: today)
      --type <type>              forces the type: pag, convention-territoriale, tableau-derogations
      --skip-rule <id>           does not run this business rule (repeatable; an unknown id is an
                                 error that suggests the closest; a structural check STRUCTURE-*
                                 cannot be skipped)
      --deprecated-codes error|warning
                                 severity of a deprecated SERAFIN-PH code or closed TRE_R403 public
                                 (default: the validators')
      --include-personal-data    lets messages quote personal data
  -j, --jobs <n>|auto            checking threads: the main thread and n − 1 worker threads;
                                 default 1; auto = one per core. When n reaches the number of cores,
                                 workers start only for 15,000 files or more (never for NDJSON)
      --ndjson                   reads standard input as NDJSON
      --max-size <MiB>           largest JSON document or NDJSON line (default: 16)
      --encoding <encoding>      utf-8, windows-1252 or latin1: read the files in that encoding
                                 (default: UTF-8, UTF-16 recognised, Windows-1252 detected and
                                 reported; a declared encoding is read without --jobs)
      --allow-empty              an empty folder or a pattern without match is not an error
  -q, --quiet                    prints only invalid documents (their errors) and input errors,
                                 no progress, no summary (text format)
  -h, --help                     prints this help

Exit codes:
  0  every document is valid
  1  at least one document is invalid
  2  usage error, or at least one input could not be checked (missing or unreadable file,
     malformed JSON, empty file, binary data, invalid encoding, file too large);
     2 wins over 1. An input in error never stops the others from being checked.
  3  the report could not be written (full disk, -o /dev/full); wins over the others. A reader
     that closes the pipe early (| head) is not an error: the batch's code is returned.

Examples:
  serafin validate pag-2025-0042.json
  serafin validate --format html -o report.html inbox/
  serafin validate --format junit -o report.xml inbox/
  serafin validate --jobs auto --quiet 'archives/**/*.ndjson'
  extract | serafin validate --ndjson --format json -
`,
  nomenclature: `Usage: serafin nomenclature <subcommand> [options]

Subcommands:
  lookup <code>               prints a SERAFIN-PH concept
  search <words...>           searches the labels
  translate <code> --from <n> --to <n>
                              translates a code between numberings (ans-2023, cnsa-2018, ror-r265)
  export <resource>           exports a FHIR R4 resource as JSON: code-system,
                              value-set <J282|J283|J284|J285|prestations>,
                              concept-map <from> <to>
  list <list>                 the codes of a list with their labels (TRE_R420, JDV_J285, SERAFIN-PH…),
                              as a table, JSON or CSV
  lists                       the list each field of the published schemas uses

A code without numbering is read as ANS 2023. "serafin nomenclature <subcommand> --help" for details.
`,
  'nomenclature lookup': `Usage: serafin nomenclature lookup <code> [options]

Prints the SERAFIN-PH concept of a code, or the code of another list. A code that is not
SERAFIN-PH is looked for in the ANS and project lists ("MTH" → JDV_J11 Mère); a code unknown
everywhere gets the closest codes with their labels.

Options:
      --list <list>                           the code's list: TRE_R420, J264, JDV_J285, SERAFIN-PH…
                                              ("serafin nomenclature list" names them; JSON: without --list,
                                              SERAFIN-PH only)
      --numbering ans-2023|cnsa-2018|ror-r265   numbering of the code (default: ans-2023)
      --definitions                           adds the published definition
  -f, --format text|json                      output format (default: text)
  -l, --lang fr|en                            language of messages

Exit codes: 0 found; 1 unknown code in this numbering; 2 usage error.
`,
  'nomenclature search': `Usage: serafin nomenclature search <words...> [options]

Searches codes by their labels, in SERAFIN-PH and every ANS and project list (accent- and
case-insensitive, by words, prefixes and close forms). A synonym table reviewed by the project,
not official, links everyday words to the words of the labels ("répit" → Temporaire, Relayage;
"orthophonie" → auxiliaires médicaux). A code held by a list and by value sets drawn from it is
shown once, under its list.

Options:
      --list <list>        restricts to this list (repeatable): SERAFIN-PH, JDV_J285, TRE_R420, J11…
      --branch besoins|prestations-directes|prestations-indirectes   restricts to one SERAFIN-PH block
      --active-only        leaves deprecated concepts out
      --limit <n>          maximum number of hits (default: 20)
      --definitions        also searches the definitions
  -f, --format text|json   output format (default: text)

Exit codes: 0 at least one hit; 1 no hit; 2 usage error.
`,
  'nomenclature translate': `Usage: serafin nomenclature translate <code> --from <numbering> --to <numbering> [options]

Translates a code between the ans-2023, cnsa-2018 and ror-r265 numberings, with the
equivalence (equivalent, wider, narrower) and the evidence reference.

Options:
      --from <numbering>   numbering of the given code (default: ans-2023)
      --to <numbering>     target numbering (required)
  -f, --format text|json   output format (default: text)

Exit codes: 0 at least one match; 1 unknown code or no match; 2 usage error.
`,
  'nomenclature export': `Usage: serafin nomenclature export <resource> [arguments]

Writes a FHIR R4 resource as JSON to standard output.

Resources:
  code-system                         the SERAFIN-PH CodeSystem (with definitions)
  value-set <J282|J283|J284|J285|prestations>
                                      an ANS value set, or the union of all prestations
  concept-map <from> <to>             the correspondence table between two numberings

Options:
  -o, --output <file>   writes to a file instead of standard output
`,
  'nomenclature list': `Usage: serafin nomenclature list <list> [options]

Prints every code of a list with its official label and status. <list>: SERAFIN-PH, a SERAFIN-PH
value set (JDV_J282…JDV_J285, prestations) or an ANS or project list by its identifier (TRE_R420 or
R420, JDV_J264 or J264, MESURE_PROTECTION_JURIDIQUE…), canonical URL or OID, in any case.

Options:
      --numbering ans-2023|cnsa-2018|ror-r265   for SERAFIN-PH: numbering (default: ans-2023)
  -f, --format table|json|csv                 format (default: table; csv separated by ';' for spreadsheets)
  -o, --output <file>                         writes to a file instead of standard output

Exit codes: 0; 2 unknown list or usage error.
`,
  'nomenclature lists': `Usage: serafin nomenclature lists [pag|convention-territoriale|tableau-derogations...] [options]

For each coded field of the published schemas: its path (* = any array item), the list that gives
its codes and the system written in the schema (x-systeme-codes).

Options:
  -f, --format table|json|csv   format (default: table)
  -o, --output <file>           writes to a file instead of standard output
`,
  schema: `Usage: serafin schema <pag|convention-territoriale|tableau-derogations> [options]

Prints the JSON Schema 2020-12 published by @serafin-ph/pag-schema, byte for byte.

Options:
  -o, --output <file>   writes to a file instead of standard output
`,
};

/** The help text of a topic. */
export function helpText(topic: HelpTopic, lang: Lang): string {
  return (lang === 'fr' ? FR : EN)[topic];
}
