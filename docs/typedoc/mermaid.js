// Renders the ```mermaid blocks of the documentation site (package and PAG
// model diagrams). Mermaid ships with the site (assets/mermaid.min.js, copied
// from the pinned mermaid package by scripts/docs/build-site.ts): no CDN, it
// works offline. It is loaded only on pages that have a diagram; if it cannot
// load, the diagram's source text stays visible.
// Affiche les diagrammes Mermaid du site, hors ligne (Mermaid est livré avec le site).
(function () {
  'use strict';
  // This file is assets/custom.js: Mermaid sits beside it.
  var base = document.currentScript && document.currentScript.src ? document.currentScript.src : window.location.href;
  var mermaidUrl = new URL('mermaid.min.js', base).href;
  function loadMermaid() {
    return new Promise(function (resolve, reject) {
      if (window.mermaid) return resolve(window.mermaid);
      var script = document.createElement('script');
      script.src = mermaidUrl;
      script.onload = function () { return window.mermaid ? resolve(window.mermaid) : reject(new Error('mermaid')); };
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }
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
    loadMermaid()
      .then(function (mermaid) {
        var m = { default: mermaid };
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
