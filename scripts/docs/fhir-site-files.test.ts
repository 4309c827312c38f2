import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NUMBERINGS } from '@serafin-ph/nomenclature';
import { CONCEPT_MAP_BASE_URL } from '@serafin-ph/nomenclature/fhir';
import { SITE_BASE_URL } from './build-site.js';
import { fhirSiteFiles } from './fhir-site-files.js';
import { REPO_ROOT } from './repo.js';

/** Every literal project FHIR URL in the nomenclature sources (generated files included). */
function projectUrlsInSources(dir = join(REPO_ROOT, 'packages/nomenclature/src')): Set<string> {
  const out = new Set<string>();
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) for (const u of projectUrlsInSources(p)) out.add(u);
    else if (e.name.endsWith('.ts') && !e.name.includes('.test')) {
      for (const m of readFileSync(p, 'utf8').matchAll(/https:\/\/serafin-ph\.github\.io\/serafin-ph\/fhir\/[A-Za-z0-9/_.-]*/g)) out.add(m[0]);
    }
  }
  return out;
}

describe('project FHIR canonical URLs in the site', () => {
  const files = fhirSiteFiles(SITE_BASE_URL);
  const urls = new Set(files.map((f) => f.url));

  it('cover every ConceptMap, the prestations ValueSet, cnsa-2018 and every URL literal of the nomenclature', () => {
    for (const from of NUMBERINGS) for (const to of NUMBERINGS) expect(urls.has(`${CONCEPT_MAP_BASE_URL}${from}-to-${to}`), `${from}-to-${to}`).toBe(true);
    const literals = [...projectUrlsInSources()].filter((u) => u !== CONCEPT_MAP_BASE_URL);
    expect(literals.length).toBeGreaterThanOrEqual(3);
    for (const u of literals) expect(urls.has(u), u).toBe(true);
  });

  it('writes each resource at the path of its url, with its url inside', () => {
    for (const f of files) {
      expect(`${SITE_BASE_URL}${f.target}`).toBe(f.url);
      expect((JSON.parse(f.content) as { url: string }).url).toBe(f.url);
    }
    const cnsa = JSON.parse(files.find((f) => f.target === 'fhir/CodeSystem/cnsa-2018')?.content ?? '{}') as { content: string; count: number; concept: { display?: string }[] };
    expect(cnsa.content).toBe('fragment');
    expect(cnsa.count).toBe(cnsa.concept.length);
    // Labels the sources do not establish are left out, never invented.
    expect(cnsa.concept.some((c) => c.display === undefined)).toBe(true);
  });

  it('refuses a URL outside the site', () => {
    expect(() => fhirSiteFiles('https://example.org/')).toThrow(/is not under/);
  });
});
