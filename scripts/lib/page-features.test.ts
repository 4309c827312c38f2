import { describe, expect, it } from 'vitest';
import { coveringPages, pageFeatures } from './page-features.js';

describe('page features for axe', () => {
  it('reads element kinds (tag, sorted classes, role, attribute names) and heading steps', () => {
    const f = pageFeatures('<main class="b a" role="main" data-x="1"><h1>T</h1><h3 id="x">U</h3><img alt="" src="y"></main>');
    expect([...f].sort()).toEqual(['début>h1', 'h1.[]()', 'h1>h3', 'h3.[](id)', 'img.[](alt,src)', 'main.a.b[main](data-x)'].sort());
  });

  it('chooses pages that together show every feature, and only as many as needed', () => {
    const pages = [
      { id: 'a', html: '<p class="x"></p>' },
      { id: 'b', html: '<p class="x"></p><p class="y"></p>' },
      { id: 'c', html: '<table><tr><td>1</td></tr></table>' },
      { id: 'd', html: '<p class="y"></p>' },
    ];
    const chosen = coveringPages(pages);
    expect([...chosen]).toEqual(['b', 'c']);
    const covered = new Set([...chosen].flatMap((id) => [...pageFeatures(pages.find((p) => p.id === id)!.html)]));
    for (const p of pages) for (const feature of pageFeatures(p.html)) expect(covered.has(feature)).toBe(true);
  });
});
