// @ts-check
/**
 * TypeDoc plugin of the serafin-ph documentation site: puts every exported
 * declaration in a category derived from the folder it is declared in (the
 * packages keep one concept per folder), so that the site's navigation groups
 * the API by domain instead of by kind. An explicit `@category` tag in a
 * comment wins.
 *
 * Plugin TypeDoc : range chaque export dans une catégorie déduite du dossier
 * qui le déclare ; une balise `@category` explicite l'emporte.
 */
import { CommentTag, Converter, ReflectionKind } from 'typedoc';
import { categoryOf } from './categories.mjs';

/** @param {import('typedoc').Application} app */
export function load(app) {
  // Priority 100: before TypeDoc's own CategoryPlugin (RESOLVE_END, priority -200).
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      for (const reflection of context.project.getReflectionsByKind(ReflectionKind.SomeExport)) {
        if (!reflection.isDeclaration() || reflection.kindOf(ReflectionKind.SomeModule)) continue;
        const parent = reflection.parent;
        if (parent === undefined || !parent.kindOf(ReflectionKind.Project | ReflectionKind.Module)) continue;
        const file = reflection.sources?.[0]?.fullFileName;
        if (file === undefined) continue;
        const category = categoryOf(file);
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
