/**
 * The `serafin` command: dispatch, global options, usage errors.
 */
import { detectLang, oneOf, UsageError } from './args.js';
import { writer, type CliContext } from './context.js';
import { helpText, type HelpTopic } from './help.js';
import { commandMessages } from './i18n/command-messages.js';

const COMMANDS = ['validate', 'nomenclature', 'schema', 'render', 'fhir', 'migrate', 'convert', 'help'] as const;

// Each command's module is loaded when it runs: a process loads only what its command needs
// (`serafin validate` neither the renderer nor the zod schemas of `@serafin-ph/pag-schema`,
// about 150 ms of CPU at every start, measured on Node 20).

/**
 * Runs the CLI with `args` (without `node` and the script) and returns the
 * exit code. Never throws for a user mistake: usage errors print a message
 * and a hint on standard error and give 2.
 */
export async function runCli(args: readonly string[], ctx: CliContext): Promise<number> {
  const lang = detectLang(args, ctx.env);
  const err = writer(ctx.stderr);
  try {
    // --lang is also accepted before the command
    const rest = [...args];
    while (rest[0] === '--lang' || rest[0] === '-l' || rest[0]?.startsWith('--lang=')) {
      const value = rest[0].startsWith('--lang=') ? rest.shift()!.slice(7) : (rest.shift(), rest.shift());
      oneOf(value, ['fr', 'en'], '--lang', lang, 'main');
      if (value === undefined) throw new UsageError(commandMessages(lang).main.langMissing, 'main');
    }
    for (let i = 0; i < args.length; i++) {
      if (args[i] === '--') break;
      if (args[i] === '--lang' || args[i] === '-l') oneOf(args[i + 1], ['fr', 'en'], '--lang', lang, 'main');
      else if (args[i]!.startsWith('--lang=')) oneOf(args[i]!.slice(7), ['fr', 'en'], '--lang', lang, 'main');
    }
    const [command, ...commandArgs] = rest;
    if (command === '--version' || command === '-v' || command === 'version') {
      await writer(ctx.stdout)(`${ctx.version}\n`);
      return 0;
    }
    if (command === undefined || command === '--help' || command === '-h') {
      await writer(command === undefined ? ctx.stderr : ctx.stdout)(helpText('main', lang));
      return command === undefined ? 2 : 0;
    }
    const name = oneOf(command, COMMANDS, commandMessages(lang).main.command, lang, 'main');
    switch (name) {
      case 'fhir':
        return await (await import('./commands/fhir-command.js')).fhirCommand(commandArgs, ctx, lang);
      case 'validate':
        return await (await import('./commands/validate-command.js')).validateCommand(commandArgs, ctx, lang);
      case 'nomenclature':
        return await (await import('./commands/nomenclature-command.js')).nomenclatureCommand(commandArgs, ctx, lang);
      case 'schema':
        return await (await import('./commands/schema-command.js')).schemaCommand(commandArgs, ctx, lang);
      case 'render':
        return await (await import('./commands/render-command.js')).renderCommand(commandArgs, ctx, lang);
      case 'migrate':
        return await (await import('./commands/migrate-command.js')).migrateCommand(commandArgs, ctx, lang);
      case 'convert':
        return await (await import('./commands/convert-command.js')).convertCommand(commandArgs, ctx, lang);
      default: {
        // the topic is the words after `help`, without the options and their values (`help validate --lang en`)
        const words: string[] = [];
        for (let i = 0; i < commandArgs.length; i++) {
          const a = commandArgs[i]!;
          if (a === '--lang' || a === '-l') i++;
          else if (!a.startsWith('-')) words.push(a);
        }
        const topic = words.join(' ');
        if (topic === 'render') return (await writer(ctx.stdout)((await import('./commands/render-command.js')).renderHelp(lang)), 0);
        if (topic === 'migrate') return (await writer(ctx.stdout)((await import('./commands/migrate-command.js')).migrateHelp(lang)), 0);
        if (topic === 'convert') return (await writer(ctx.stdout)((await import('./commands/convert-command.js')).convertHelp(lang)), 0);
        if (topic === 'fhir' || topic === 'fhir check') return (await writer(ctx.stdout)((await import('./commands/fhir-command.js')).fhirHelp(lang)), 0);
        const known: HelpTopic[] = [
          'validate',
          'nomenclature',
          'nomenclature lookup',
          'nomenclature search',
          'nomenclature translate',
          'nomenclature export',
          'nomenclature list',
          'nomenclature lists',
          'schema',
        ];
        const chosen = known.find((t) => t === topic) ?? 'main';
        await writer(ctx.stdout)(helpText(chosen, lang));
        return topic === '' || chosen !== 'main' ? 0 : 2;
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      const command = error.command === undefined || error.command === 'main' ? '' : ` ${error.command}`;
      const m = commandMessages(lang);
      await err(`serafin${command}${m.colon} ${error.message}\n${m.main.help(command)}\n`);
      return 2;
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    await err(`${commandMessages(lang).main.unexpected(message)}\n`);
    return 2;
  }
}
