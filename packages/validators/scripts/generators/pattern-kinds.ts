/**
 * Generates `src/generated/pattern-kinds.ts`: the named patterns of the
 * published schemas (`NAMED_PATTERNS` of `@serafin-ph/pag-schema`, their one
 * definition), keyed by regular expression source, so that a structural
 * message names what a `pattern` error expects without the validators
 * spelling the regular expressions again.
 */
import type { GeneratedFile, Generator } from '../../../../scripts/lib/generated-files.js';

/** Path of the generated module, relative to the package root. */
export const PATTERN_KINDS_PATH = 'src/generated/pattern-kinds.ts';

type Banner = (generator: string, sources: readonly string[]) => string;

/** The generator of the pattern-kind module, from the named patterns (name → source). */
export function patternKindsGenerator(named: Readonly<Record<string, string>>, banner: Banner): Generator {
  return {
    name: 'pattern-kinds',
    run: (): GeneratedFile[] => {
      const entries = Object.entries(named).map(([name, source]) => `  ${JSON.stringify(source)}: ${JSON.stringify(name)},`);
      const extension = named['cleExtension'];
      if (extension === undefined) throw new Error('NAMED_PATTERNS has no cleExtension pattern');
      const content = [
        banner('scripts/generators/pattern-kinds.ts', ['packages/pag-schema/src/json-schema/pattern-messages.ts (NAMED_PATTERNS)']),
        '/** The name of a named pattern (`finess`, `cleExtension`…): the messages of each language have one entry per name. */',
        `export type PatternName = ${Object.keys(named)
          .map((n) => JSON.stringify(n))
          .join(' | ')};`,
        '',
        '/** What each named pattern of the published schemas stands for, by pattern source. */',
        `export const PATTERN_KINDS: Readonly<Record<string, PatternName>> = {\n${entries.join('\n')}\n};`,
        '',
        '/** The pattern of extension keys (also named by `propertyNames` errors). */',
        `export const EXTENSION_KEY_SOURCE = ${JSON.stringify(extension)};`,
        '',
      ].join('\n');
      return [{ path: PATTERN_KINDS_PATH, content }];
    },
  };
}
