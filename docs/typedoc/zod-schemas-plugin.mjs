// @ts-check
/**
 * TypeDoc plugin of the serafin-ph documentation site: the zod schema pages
 * stay, but do not drown the reader.
 *
 * The inferred type of an exported zod schema (`PagSchema`,
 * `DOCUMENT_SCHEMAS`…) is hundreds of kilobytes of zod generics. On the site,
 * each zod type in the declared type of an exported constant is shown as its
 * short name (`z.ZodObject<…>`), and a schema `XSchema` whose document type
 * `X` is an exported interface or type alias links to it (“Parses to X”),
 * where every field is documented in French and English.
 *
 * Plugin TypeDoc : le type des schémas zod est abrégé (`z.ZodObject<…>`) et
 * chaque schéma renvoie à l'interface lisible de son document.
 */
import { Converter, ReflectionKind, ReflectionType, UnknownType } from 'typedoc';

/** Packages whose zod schemas are abbreviated. */
const PACKAGES = ['@serafin-ph/pag-schema'];

/** `true` for a zod type name (`ZodObject`, `$ZodType`, `ZodPipe`…). */
const isZodName = (/** @type {string} */ name) => /^\$?Zod[A-Z]/.test(name);

/**
 * The type with every zod reference abbreviated, or the same type.
 * The reflections of the dropped type (its object literals) leave the project.
 * @param {import('typedoc').ProjectReflection} project
 * @param {import('typedoc').SomeType | undefined} type
 * @returns {import('typedoc').SomeType | undefined}
 */
function abbreviate(project, type) {
  if (type === undefined) return type;
  switch (type.type) {
    case 'reference':
      if (isZodName(type.name)) {
        project.removeTypeReflections(type);
        return new UnknownType(`z.${type.name.replace(/^\$/, 'core.$')}${type.typeArguments?.length ? '<…>' : ''}`);
      }
      if (type.typeArguments) type.typeArguments = type.typeArguments.map((t) => /** @type {import('typedoc').SomeType} */ (abbreviate(project, t)));
      return type;
    case 'reflection':
      for (const child of type.declaration.children ?? []) child.type = abbreviate(project, child.type);
      return type;
    case 'union':
    case 'intersection':
      type.types = type.types.map((t) => /** @type {import('typedoc').SomeType} */ (abbreviate(project, t)));
      return type;
    case 'array':
      type.elementType = /** @type {import('typedoc').SomeType} */ (abbreviate(project, type.elementType));
      return type;
    default:
      return type;
  }
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    const typesByName = new Map();
    for (const r of project.getReflectionsByKind(ReflectionKind.Interface | ReflectionKind.TypeAlias)) {
      const pkg = r.parent;
      typesByName.set(`${pkg?.name}:${r.name}`, r);
    }
    for (const reflection of project.getReflectionsByKind(ReflectionKind.Variable)) {
      const pkg = reflection.parent;
      if (pkg === undefined || !PACKAGES.includes(pkg.name)) continue;
      const decl = /** @type {import('typedoc').DeclarationReflection} */ (reflection);
      const before = decl.type;
      decl.type = abbreviate(project, decl.type);
      if (before === decl.type && !(before instanceof ReflectionType)) continue;
      // A schema `XSchema` links to its document type `X`.
      const match = /^(\w+)Schema$/.exec(decl.name);
      const target = match ? typesByName.get(`${pkg.name}:${match[1]}`) : undefined;
      if (target !== undefined && decl.comment !== undefined) {
        decl.comment.summary.push(
          { kind: 'text', text: '\n\nParses to / donne une valeur de type ' },
          { kind: 'inline-tag', tag: '@link', text: target.name, target },
          { kind: 'text', text: '.' },
        );
      }
    }
  });
}
