// @ts-check
/**
 * TypeDoc plugin of the serafin-ph documentation site: puts every exported
 * declaration in a category derived from the folder it is declared in (the
 * packages keep one concept per folder), so that the site's navigation groups
 * the API by domain instead of by kind. An explicit `@category` tag in a
 * comment wins.
 *
 * What an entry point re-exports from another entry (a per-document entry
 * such as `@serafin-ph/validators/pag` re-exports the error class, the types
 * and the JSON Pointer helpers of the main entry) is a TypeDoc reference, a
 * link to the one page of the declaration: those go in the category
 * {@link REEXPORTS_CATEGORY}, after the entry's own exports (not in
 * TypeDoc's « Other »); a package's other entry points go in the category
 * {@link ENTRY_POINTS_CATEGORY}, its namespaces by their file.
 *
 * Plugin TypeDoc : range chaque export dans une catégorie déduite du dossier
 * qui le déclare ; une balise `@category` explicite l'emporte ; les réexports
 * d'une autre entrée vont dans la catégorie « Réexports ».
 */
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';
import { categoryOf } from './categories.mjs';

/** Category of the references: what an entry re-exports from another one. */
export const REEXPORTS_CATEGORY = 'Réexports';

/** Category of a package's other entry points (`@serafin-ph/validators/pag`…) on its page. */
export const ENTRY_POINTS_CATEGORY = 'Points d’entrée';

/** @param {import('typedoc').Application} app */
export function load(app) {
  // Priority 100: before TypeDoc's own CategoryPlugin (RESOLVE_END, priority -200).
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      for (const reference of context.project.getReflectionsByKind(ReflectionKind.Reference)) {
        const parent = reference.parent;
        if (parent === undefined || !parent.kindOf(ReflectionKind.Project | ReflectionKind.Module) || reference.comment !== undefined) continue;
        reference.comment = new Comment([], [new CommentTag('@category', [{ kind: 'text', text: REEXPORTS_CATEGORY }])]);
      }
      for (const reflection of context.project.getReflectionsByKind(ReflectionKind.SomeExport)) {
        if (!reflection.isDeclaration()) continue;
        const parent = reflection.parent;
        if (parent === undefined || !parent.kindOf(ReflectionKind.Project | ReflectionKind.Module)) continue;
        const file = reflection.sources?.[0]?.fullFileName;
        // A package's entry points (its subpath modules) together; a namespace by its file, as the declarations.
        const category = reflection.kindOf(ReflectionKind.Module) ? ENTRY_POINTS_CATEGORY : file === undefined ? undefined : categoryOf(file);
        if (category === undefined) continue;
        // The comment that carries the summary: the declaration's, else its first signature's.
        const comment = reflection.comment ?? reflection.signatures?.[0]?.comment;
        if (comment === undefined) continue; // undocumented: the validation reports it
        const tagged = [reflection.comment, ...(reflection.signatures ?? []).map((s) => s.comment)].some(
          (c) => c?.blockTags.some((t) => t.tag === '@category') === true,
        );
        if (tagged) continue;
        comment.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: category }]));
      }
    },
    100,
  );
}
