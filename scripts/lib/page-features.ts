/**
 * What axe-core sees of a page, read from its HTML: each element's kind (tag,
 * classes, role, attribute names) and each step between two headings (`h2>h4`).
 * Pages of one renderer that show the same kinds are the same template to
 * axe; `coveringPages` chooses few pages that together show every kind, so
 * the everyday run checks each kind with axe once and the thorough mode
 * checks every page.
 *
 * Ce qu'axe-core voit d'une page : les sortes d'éléments et l'enchaînement
 * des titres. `coveringPages` choisit peu de pages qui montrent toutes les
 * sortes (axe sur celles-ci au quotidien, sur toutes en mode approfondi).
 */

/** The element kinds and heading steps of an HTML page. */
export function pageFeatures(html: string): Set<string> {
  const features = new Set<string>();
  let previousHeading: string | undefined;
  for (const m of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s[^>]*)?)>/g)) {
    const tag = m[1]!.toLowerCase();
    const attrs = m[2] ?? '';
    const classes = (/\sclass="([^"]*)"/.exec(attrs)?.[1] ?? '').split(/\s+/).filter(Boolean).sort().join('.');
    const role = /\srole="([^"]*)"/.exec(attrs)?.[1] ?? '';
    const names = [...attrs.matchAll(/\s([a-zA-Z][a-zA-Z0-9:-]*)(?==|\s|$)/g)]
      .map((a) => a[1]!.toLowerCase())
      .filter((n) => n !== 'class' && n !== 'role')
      .sort();
    features.add(`${tag}.${classes}[${role}](${[...new Set(names)].join(',')})`);
    if (/^h[1-6]$/.test(tag)) {
      features.add(`${previousHeading ?? 'début'}>${tag}`);
      previousHeading = tag;
    }
  }
  return features;
}

/**
 * Ids of pages that together show every feature of `pages` (greedy cover: the
 * page that adds most features first, ties to the earlier page), in the order
 * of `pages`.
 */
export function coveringPages(pages: readonly { readonly id: string; readonly html: string }[]): Set<string> {
  const features = pages.map((p) => ({ id: p.id, features: pageFeatures(p.html) }));
  const left = new Set(features.flatMap((p) => [...p.features]));
  const chosen = new Set<string>();
  while (left.size > 0) {
    let best = features[0]!;
    let gain = 0;
    for (const p of features) {
      let g = 0;
      for (const f of p.features) if (left.has(f)) g++;
      if (g > gain) [best, gain] = [p, g];
    }
    chosen.add(best.id);
    for (const f of best.features) left.delete(f);
  }
  return new Set(pages.map((p) => p.id).filter((id) => chosen.has(id)));
}
