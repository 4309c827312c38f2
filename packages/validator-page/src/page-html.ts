/**
 * The HTML shell of the validator page (written by the build with the French
 * texts, so the page reads before its script runs), and its
 * Content-Security-Policy.
 */
import { RENDER_CSP } from '@serafin-ph/render';
import { pageTexts } from './texts.js';

/** The style source of the rendered documents' stylesheet (`'sha256-…'`), read from their own policy. */
function renderStyleSource(): string {
  const m = /style-src ('sha256-[^']+')/.exec(RENDER_CSP);
  if (m === null) throw new Error('RENDER_CSP has no style hash');
  return m[1]!;
}

/**
 * The page's policy: only its own files (`default-src 'self'`), no inline
 * script, no `eval`, no connection; the documents' renderings (shown in a
 * `srcdoc` frame, which inherits this policy) bring their stylesheet, allowed
 * by its hash.
 */
export function pageCsp(): string {
  return `default-src 'self'; style-src 'self' ${renderStyleSource()}; img-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'`;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The page, in French. */
export function pageHtml(): string {
  const t = pageTexts('fr');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${pageCsp()}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t.title)} — @serafin-ph</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="page.css">
<script src="page.js" defer></script>
</head>
<body>
<header class="bandeau">
<p class="marque">@serafin-ph</p>
<button type="button" id="langue" lang="en" aria-label="${esc(t.switchLabel)}">${esc(t.switchTo)}</button>
</header>
<main>
<h1 data-t="title">${esc(t.title)}</h1>
<p data-t="intro">${esc(t.intro)}</p>
<p class="confidentialite" data-t="privacy">${esc(t.privacy)}</p>
<div id="depot" class="depot">
<label for="fichiers" data-t="choose">${esc(t.choose)}</label>
<input type="file" id="fichiers" multiple accept=".json,.ndjson,.jsonl,application/json">
<p data-t="drop">${esc(t.drop)}</p>
</div>
<div class="options">
<p><input type="checkbox" id="personnel" aria-describedby="personnel-aide"> <label for="personnel" data-t="includePersonal">${esc(t.includePersonal)}</label></p>
<p id="personnel-aide" class="aide" data-t="includePersonalHelp">${esc(t.includePersonalHelp)}</p>
<p><label for="date" data-t="referenceDate">${esc(t.referenceDate)}</label> <input type="date" id="date" aria-describedby="date-aide"></p>
<p id="date-aide" class="aide" data-t="referenceDateHelp">${esc(t.referenceDateHelp)}</p>
</div>
<section aria-labelledby="resultats-titre">
<h2 id="resultats-titre" data-t="results">${esc(t.results)}</h2>
<p id="etat" class="etat" role="status"></p>
<div id="resultats"><p>${esc(t.noFile)}</p></div>
</section>
</main>
</body>
</html>
`;
}
