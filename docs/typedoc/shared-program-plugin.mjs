// @ts-check
/**
 * TypeDoc plugin of the serafin-ph documentation site: one TypeScript program
 * for all the packages that compile with the same options, each file
 * type-checked once.
 *
 * In `entryPointStrategy: "packages"` TypeDoc converts each package apart: it
 * reads the package's `tsconfig.json`, creates a TypeScript program and
 * type-checks it whole before converting. The packages import one another's
 * sources (the `@serafin-ph/source` export condition), so the seven programs
 * checked the nomenclature seven times, the PAG schemas six times: most of
 * the build's 30 CPU-seconds (issue 19 §4).
 *
 * With this plugin, the packages whose `tsconfig.json` give the same compiler
 * options share one program, whose root files are all of theirs: here the six
 * libraries (no Node.js, no DOM types) in one program, the CLI (Node.js types,
 * its tests included) in another. TypeDoc still converts and validates each
 * package apart, with its own options (source links, intentionally not
 * exported symbols), from its own entry points, named as TypeDoc names them:
 * the site has the same pages, links and texts (the members of a few union
 * types come in another order: TypeScript orders a union's members by when
 * the checker first met them). A program reports the type errors of its
 * files except the root files of another program, which that program
 * reports: each file is checked once, with the options of the package it
 * belongs to, as before.
 *
 * Any package this does not fit (globs or directories as entry points,
 * `exclude`, project references, a `tsconfig.json` that cannot be read here)
 * gets TypeDoc's own program.
 *
 * Plugin TypeDoc : un seul programme TypeScript pour les paquets compilés avec
 * les mêmes options (deux au lieu de sept), chaque fichier vérifié une fois ;
 * le site reste le même.
 */
import { dirname, join, relative, resolve } from 'node:path';
import { Application, RendererEvent } from 'typedoc';
import ts from 'typescript';

/**
 * The compiler options as TypeDoc passes them to TypeScript for a package
 * (`Options.fixCompilerOptions` without `compilerOptions` overrides: no
 * emit), as a comparable string; `configFilePath` (the `tsconfig.json` they
 * come from) left out.
 *
 * @param {ts.CompilerOptions} options
 */
function optionsKey(options) {
  /** @type {Record<string, unknown>} */
  const o = { ...options, noEmit: true };
  delete o['emitDeclarationOnly'];
  delete o['configFilePath'];
  return JSON.stringify(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]]),
  );
}

/**
 * The packages' root files (from each one's `tsconfig.json`), grouped by
 * compiler options, and how many packages each group has.
 *
 * @param {readonly string[]} packageDirs absolute directories
 * @returns {Map<string, { files: Set<string>; packages: number }>}
 */
function groupsByOptions(packageDirs) {
  /** @type {Map<string, { files: Set<string>; packages: number }>} */
  const groups = new Map();
  for (const dir of packageDirs) {
    /** @type {ts.Diagnostic[]} */
    const problems = [];
    const parsed = ts.getParsedCommandLineOfConfigFile(join(dir, 'tsconfig.json'), undefined, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => void problems.push(d),
    });
    // A tsconfig that cannot be read here is left to TypeDoc, which reports it.
    if (parsed === undefined || problems.length > 0 || parsed.errors.length > 0 || (parsed.projectReferences?.length ?? 0) > 0) continue;
    const key = optionsKey(parsed.options);
    const group = groups.get(key) ?? { files: new Set(), packages: 0 };
    for (const f of parsed.fileNames) group.files.add(f);
    group.packages++;
    groups.set(key, group);
  }
  return groups;
}

/**
 * TypeDoc's name of an entry point's module: its path from the common
 * directory of the package's entry points, without `/index` nor the
 * extension (as TypeDoc's `getEntryPointsForPaths` names it).
 *
 * @param {string} file absolute path of the entry point
 * @param {readonly string[]} files the package's entry points
 */
export function moduleName(file, files) {
  let base;
  if (files.length === 1) base = dirname(files[0] ?? '');
  else {
    const parts = files.map((f) => f.split('/'));
    let i = 0;
    while (i < (parts[0]?.length ?? 0) && new Set(parts.map((p) => p[i])).size === 1) i++;
    base = (parts[0] ?? []).slice(0, i).join('/');
  }
  return relative(base, file).replace(/(\/index)?(\.d)?\.([cm][tj]s|[tj]sx?)$/, '');
}

/**
 * The parsed (and, once a checker has run, bound) source files of the shared
 * programs, shared between them as the TypeScript language service shares
 * them between projects: the CLI's program holds every library source the
 * libraries' program has already parsed and bound. A file is shared only
 * between programs whose options parse and bind it alike (TypeScript's
 * registry keys its files by those options).
 */
const registry = ts.createDocumentRegistry(ts.sys.useCaseSensitiveFileNames, process.cwd());

/**
 * A compiler host that takes its source files from {@link registry}.
 *
 * @param {ts.CompilerOptions} options
 */
function sharedFilesHost(options) {
  const host = ts.createCompilerHost(options);
  const own = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile) => {
    const text = shouldCreateNewSourceFile ? undefined : host.readFile(fileName);
    // A file that cannot be read (or must be new) is left to TypeScript's own host, which reports it.
    if (text === undefined) return own(fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile);
    return registry.acquireDocument(fileName, options, ts.ScriptSnapshot.fromString(text), '1', undefined, languageVersionOrOptions);
  };
  return host;
}

/**
 * A program over `rootNames` whose program-wide type errors leave out the
 * files of `checkedElsewhere` (a file's own errors can still be asked for).
 *
 * @param {string[]} rootNames
 * @param {ts.CompilerOptions} options
 * @param {ReadonlySet<string>} checkedElsewhere
 */
function sharedProgram(rootNames, options, checkedElsewhere) {
  const program = ts.createProgram({ rootNames, options, host: sharedFilesHost(options) });
  const own = () => program.getSourceFiles().filter((f) => !checkedElsewhere.has(f.fileName));
  const semantic = program.getSemanticDiagnostics;
  const declaration = program.getDeclarationDiagnostics;
  // TypeDoc asks for the whole program's errors (ts.getPreEmitDiagnostics without a file).
  program.getSemanticDiagnostics = (file, token) => (file !== undefined ? semantic(file, token) : own().flatMap((f) => semantic(f, token)));
  program.getDeclarationDiagnostics = (file, token) => (file !== undefined ? declaration(file, token) : own().flatMap((f) => declaration(f, token)));
  return program;
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  /** @type {string[]} */
  let packageDirs = [];
  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    if (app.options.getValue('entryPointStrategy') !== 'packages') return;
    const base = app.options.getValue('basePath') || process.cwd();
    packageDirs = app.options.getValue('entryPoints').map((p) => resolve(base, p));
  });

  /** @type {Map<string, { files: Set<string>; packages: number }> | undefined} */
  let groups;
  /** @type {Map<string, { program: ts.Program; left: number }>} */
  const programs = new Map();
  let shared = 0;
  let own = 0;
  let created = 0;

  const getEntryPoints = app.getEntryPoints.bind(app);
  app.getEntryPoints = () => {
    // While TypeDoc converts a package, app.options are that package's options (Application._convertPackages).
    const options = app.options;
    if (packageDirs.length === 0 || options.packageDir === undefined) return getEntryPoints();
    const files = options.getValue('entryPoints').map((f) => resolve(f));
    const plain =
      files.length > 0 &&
      files.every((f) => /\.[cm]?tsx?$/.test(f) && ts.sys.fileExists(f)) &&
      options.getValue('exclude').length === 0 &&
      !options.getValue('displayBasePath') &&
      !options.getValue('basePath') &&
      options.getProjectReferences().length === 0;
    groups ??= groupsByOptions(packageDirs);
    const compilerOptions = options.getCompilerOptions(app.logger);
    const key = optionsKey(compilerOptions);
    const group = groups.get(key);
    // The package's own root files, with the options its tsconfig gives; otherwise TypeDoc's own program.
    if (!plain || group === undefined || !options.getFileNames().every((f) => group.files.has(f))) {
      own++;
      return getEntryPoints();
    }
    let entry = programs.get(key);
    if (entry === undefined) {
      /** @type {Set<string>} */
      const elsewhere = new Set();
      for (const [k, g] of groups) if (k !== key) for (const f of g.files) elsewhere.add(f);
      entry = { program: sharedProgram([...group.files], compilerOptions, elsewhere), left: group.packages };
      programs.set(key, entry);
      created++;
    }
    // The last package of the group: the program is dropped once TypeDoc has converted it (memory).
    if (--entry.left === 0) programs.delete(key);
    shared++;
    const entryPoints = [];
    for (const file of files) {
      const sourceFile = entry.program.getSourceFile(file);
      if (sourceFile === undefined) throw new Error(`shared-program: ${file} is not in the program of ${options.packageDir}`);
      entryPoints.push({ displayName: moduleName(file, files), sourceFile, program: entry.program });
    }
    return entryPoints;
  };

  app.renderer.on(RendererEvent.BEGIN, () => {
    if (shared + own > 0) app.logger.info(`shared-program: ${shared} packages in ${created} shared TypeScript programs, ${own} in their own`);
  });
}
