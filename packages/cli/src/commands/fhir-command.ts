/**
 * `serafin fhir check`: `serafin validate` with every input read as a FHIR R4
 * resource (a JSON document, or one resource per line of an NDJSON bulk
 * file); same options, formats and exit codes. An input that is not a FHIR
 * resource is reported (`FHIR-INPUT-001`) instead of being checked as a PAG.
 */
import type { Lang } from '../i18n/messages.js';
import { UsageError } from '../args.js';
import { usage } from '../i18n/nomenclature-messages.js';
import { writer, type CliContext } from '../context.js';
import { checkAsFhir } from '../validate/fhir-dispatch.js';
import { validateCommand } from './validate-command.js';

const HELP: Record<Lang, string> = {
  fr: `serafin fhir check [options] <fichiers, dossiers ou motifs…>

Vérifie des ressources FHIR R4 (JSON, ou NDJSON bulk : une ressource par ligne) avec
@serafin-ph/fhir : codes SERAFIN-PH et listes ANS, numérotations, liaisons des profils TDDUI / SDO,
extension de décision, ValueSet et ConceptMap. Mêmes options, formats et codes de sortie que
\`serafin validate\` (qui reconnaît aussi les ressources FHIR d’elles-mêmes, par \`resourceType\`).
Vérifie dans le fil principal (--jobs est ignoré).
Catalogue des règles : docs/reference/regles-fhir.md
`,
  en: `serafin fhir check [options] <files, folders or patterns…>

Checks FHIR R4 resources (JSON, or bulk NDJSON: one resource per line) with @serafin-ph/fhir:
SERAFIN-PH codes and ANS lists, numberings, TDDUI / SDO profile bindings, the decision extension,
ValueSet and ConceptMap. Same options, formats and exit codes as \`serafin validate\` (which also
recognises FHIR resources by themselves, by \`resourceType\`). Checks in the main thread (--jobs is ignored).
Rule catalogue: docs/reference/regles-fhir.md
`,
};

/** Help text of `serafin fhir check`. */
export function fhirHelp(lang: Lang): string {
  return HELP[lang];
}

/** Runs `serafin fhir <subcommand>`; returns the exit code. */
export async function fhirCommand(args: readonly string[], ctx: CliContext, lang: Lang): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h' || rest.includes('--help') || rest.includes('-h')) {
    await writer(sub === undefined ? ctx.stderr : ctx.stdout)(HELP[lang]);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'check') throw new UsageError(usage.unknownSubcommand[lang](JSON.stringify(sub), 'check'), 'fhir');
  const { workerUrl: _workers, validate: _validate, validator: _validator, ...single } = ctx;
  return validateCommand(rest, { ...single, validate: checkAsFhir }, lang);
}
