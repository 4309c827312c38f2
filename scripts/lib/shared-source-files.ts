/**
 * Parsed and bound TypeScript source files shared by the programs that one
 * test file creates one after the other, as the TypeScript language service
 * shares them between projects: the second program takes from the first the
 * files they have in common (the package sources) instead of parsing and
 * binding them again. TypeScript's document registry keys its files by the
 * options that change how a file is parsed and bound, so a file is shared
 * only between programs that would read it alike.
 *
 * Fichiers sources TypeScript partagés entre les programmes d'un même fichier
 * de test, comme le service de langage les partage entre projets.
 */
import ts from 'typescript';
import { REPO_ROOT } from '../docs/repo.js';

/** A registry of source files, for {@link sharedSourceFilesHost}. */
export function sourceFileRegistry(): ts.DocumentRegistry {
  return ts.createDocumentRegistry(ts.sys.useCaseSensitiveFileNames, REPO_ROOT);
}

/** A compiler host for `options` that takes its source files from `registry`. */
export function sharedSourceFilesHost(registry: ts.DocumentRegistry, options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const own = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile) => {
    const text = shouldCreateNewSourceFile === true ? undefined : host.readFile(fileName);
    // A file that cannot be read (or must be new) is left to TypeScript's own host, which reports it.
    if (text === undefined) return own(fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile);
    return registry.acquireDocument(fileName, options, ts.ScriptSnapshot.fromString(text), '1', undefined, languageVersionOrOptions);
  };
  return host;
}
