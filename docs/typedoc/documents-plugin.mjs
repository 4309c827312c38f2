// @ts-check
/**
 * TypeDoc plugin of the serafin-ph documentation site: gives the generated
 * reference pages (`docs/reference/**`, written by the packages' generators,
 * without front matter) the title of their first heading and the group
 * « Référence », so that the site lists them by name rather than by file name.
 * Pages with a `title` in their front matter are left alone.
 *
 * Also declares the language of each page (`<html lang>`): French for the
 * landing page and the documents (guides, references), English for the guides
 * of the « English » category; the API pages keep TypeDoc's `en` (their
 * TSDoc is written in English, French summary first), and there the French
 * paragraph of each bilingual comment — the document types' fields,
 * generated from the JSON Schemas as « **Titre** — texte » then « **Title** —
 * text » — declares `lang="fr"` (and the English one `lang="en"`), so that a
 * screen reader reads each in its language. On the landing page, the heading
 * appears once (TypeDoc's page title repeated the text's own).
 *
 * Plugin TypeDoc : titre (premier titre Markdown) et groupe « Référence » des
 * pages de référence générées.
 */
import { Application, PageEvent, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').DocumentReflection} doc */
function firstHeading(doc) {
  const text = doc.content.map((part) => part.text).join('');
  const match = /^#\s+(.+?)\s*$/m.exec(text);
  return match?.[1]?.replaceAll('`', '');
}

/**
 * A bilingual comment of an API page: its first paragraph (French) and its
 * second (English) each open with a bold title and an em dash.
 */
const BILINGUAL_COMMENT = /(<div class="tsd-comment tsd-typography">)<p>(<strong>[^<]*<\/strong> — (?:(?!<\/p>)[\s\S])*<\/p>\s*)<p>(<strong>[^<]*<\/strong> — )/g;

/**
 * Marks the language of the two paragraphs of every bilingual comment of an
 * API page (`lang="fr"`, then `lang="en"`).
 *
 * @param {string} html
 * @returns {string}
 */
export function markBilingualComments(html) {
  return html.replace(BILINGUAL_COMMENT, '$1<p lang="fr">$2<p lang="en">$3');
}

/** The head of a field table of the reference pages (docs/reference/schemas/*.md). */
const FIELD_TABLE = /<table>(\s*<thead>\s*<tr>\s*<th>Champ<\/th>\s*<th>Type<\/th>\s*<th>Obligatoire<\/th>\s*<th>Donnée personnelle<\/th>\s*<th>Description<\/th>)/g;

/**
 * Gives the field tables of the reference pages the class `field-table`, so
 * that the site's style can give their Description column the room it needs
 * (docs/typedoc/custom.css).
 *
 * @param {string} html
 * @returns {string}
 */
export function markFieldTables(html) {
  return html.replace(FIELD_TABLE, '<table class="field-table">$1');
}

/** The head of the rules index (docs/reference/regles.md, « Index »). */
const RULE_INDEX = /<table>(\s*<thead>\s*<tr>\s*<th>Identifiant<\/th>\s*<th>Gravité<\/th>\s*<th>Documents<\/th>)/g;

/**
 * Gives the rules index the class `rule-index`, so that the site's style can
 * keep each rule id on one line and the five columns in the content column
 * (docs/typedoc/custom.css).
 *
 * @param {string} html
 * @returns {string}
 */
export function markRuleIndex(html) {
  return html.replace(RULE_INDEX, '<table class="rule-index">$1');
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  // In packages mode, project documents are added to the merged project just
  // before this event (and before TypeDoc's own grouping, priority -200).
  app.on(Application.EVENT_PROJECT_REVIVE, (project) => {
    for (const doc of project.getReflectionsByKind(ReflectionKind.Document)) {
      if (!doc.isDocument()) continue;
      // Without a front-matter title, TypeDoc names a document by its path
      // ("reference/regles"); a title from the front matter has spaces or capitals.
      if (!/^[a-z0-9./_-]+$/.test(doc.name)) continue;
      const title = firstHeading(doc);
      if (title !== undefined) doc.name = title;
      doc.frontmatter['group'] ??= 'Référence';
    }
  });
  app.renderer.on(PageEvent.END, (page) => {
    if (page.contents === undefined) return;
    const model = /** @type {any} */ (page.model);
    const isDocument = typeof model?.isDocument === 'function' && model.isDocument();
    const isLanding = page.url === 'index.html';
    if (!isDocument && !isLanding) {
      page.contents = markBilingualComments(page.contents);
      return;
    }
    const lang = isDocument && model.frontmatter?.['category'] === 'English' ? 'en' : 'fr';
    page.contents = markRuleIndex(markFieldTables(page.contents.replace(/(<html\b[^>]*\blang=")[^"]*"/, `$1${lang}"`)));
    // The landing page: TypeDoc's title repeats the first heading of docs/index.md; keep the one of the text.
    if (isLanding) page.contents = page.contents.replace(/<div class="tsd-page-title">\s*<h1>([^<]*)<\/h1><\/div>(\s*<div class="tsd-panel tsd-typography"><h1\b[^>]*>\1)/, '$2');
  });
}
