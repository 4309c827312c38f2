// Renders the ```mermaid blocks of the documentation site (package and PAG
// model diagrams). Mermaid is loaded from a CDN only on pages that have a
// diagram; without network access the diagram's source text stays visible.
// Affiche les diagrammes Mermaid du site ; sans réseau, le texte source reste lisible.
(function () {
  'use strict';
  function render() {
    var blocks = document.querySelectorAll('pre > code.mermaid, pre > code.language-mermaid');
    if (blocks.length === 0) return;
    var nodes = [];
    blocks.forEach(function (code) {
      var div = document.createElement('div');
      div.className = 'mermaid';
      div.textContent = code.textContent;
      var pre = code.parentElement;
      pre.parentElement.insertBefore(div, pre);
      pre.hidden = true;
      nodes.push({ div: div, pre: pre });
    });
    import('https://cdn.jsdelivr.net/npm/mermaid@11/dist/mermaid.esm.min.mjs')
      .then(function (m) {
        var dark = document.documentElement.dataset.theme === 'dark' ||
          (document.documentElement.dataset.theme !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
        m.default.initialize({ startOnLoad: false, theme: dark ? 'dark' : 'default', securityLevel: 'strict' });
        return m.default.run({ nodes: nodes.map(function (n) { return n.div; }) });
      })
      .catch(function () {
        nodes.forEach(function (n) {
          n.div.remove();
          n.pre.hidden = false;
        });
      });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', render);
  else render();
})();
