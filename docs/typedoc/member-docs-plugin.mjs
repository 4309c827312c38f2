// @ts-check
/**
 * TypeDoc plugin of the serafin-ph documentation site.
 *
 * TypeDoc's `notDocumented` check, with `Property` among the kinds, also
 * reports every property of the *inferred* types of exported constants (a
 * zod schema's inner enum objects, the JSON literal of an example document),
 * which nobody can document. The site therefore asks TypeDoc to check the
 * exported declarations themselves (`requiredToBeDocumented` without
 * `Property`), and this plugin adds the one check that matters beyond them:
 * every property *declared* in an exported interface, class or object type
 * alias carries a comment. A missing one is a validation warning, so
 * `treatWarningsAsErrors` fails the build.
 *
 * Plugin TypeDoc : chaque propriété déclarée dans une interface, une classe ou
 * un alias de type objet exporté doit être documentée.
 */
import { Application, ParameterType, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.options.addDeclaration({
    name: 'knownUndocumentedMembers',
    help: 'Members known to lack a comment (full names, e.g. @serafin-ph/cli.CliContext.cwd), owned by another team; an entry that is documented since is itself reported, so the list only shrinks.',
    type: ParameterType.Array,
    defaultValue: [],
  });
  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    const packages = app.options.getValue('packagesRequiringDocumentation');
    const known = new Set(/** @type {string[]} */ (app.options.getValue('knownUndocumentedMembers')));
    const seen = new Set();
    for (const reflection of project.getReflectionsByKind(ReflectionKind.Property)) {
      if (reflection.hasComment()) continue;
      const parent = reflection.parent;
      if (parent === undefined) continue;
      const declared =
        parent.kindOf(ReflectionKind.Interface | ReflectionKind.Class) ||
        (parent.kindOf(ReflectionKind.TypeLiteral) && parent.parent?.kindOf(ReflectionKind.TypeAlias) === true);
      if (!declared) continue;
      // Inherited members are documented (or not) where they are declared.
      if ('inheritedFrom' in reflection && reflection.inheritedFrom !== undefined) continue;
      const symbolId = project.getSymbolIdFromReflection(reflection);
      if (symbolId === undefined || !packages.includes(symbolId.packageName)) continue;
      const name = reflection.getFriendlyFullName();
      if (known.has(name)) {
        seen.add(name);
        continue;
      }
      app.logger.validationWarning(
        /** @type {any} */ (
          `${name} (property), declared in ${symbolId.packageName}/${symbolId.packagePath}, has no documentation`
        ),
      );
    }
    for (const name of known) {
      if (!seen.has(name)) {
        app.logger.validationWarning(
          /** @type {any} */ (`knownUndocumentedMembers lists ${name}, which is documented now (or gone): remove it from typedoc.json`),
        );
      }
    }
  });
}
