/**
 * The FHIR resources whose canonical URL this project defines (under the site's
 * base URL), written into the documentation site at the path of their `url`, so
 * that every such URL resolves: the numbering ConceptMaps, the `prestations`
 * union ValueSet, the `cnsa-2018` CodeSystem, the project-defined list of
 * legal protection measures, and the extensions and code systems of the PAG ⇄ FHIR mapping.
 *
 * Les ressources FHIR dont le projet définit l'URL canonique, écrites dans le
 * site à l'adresse de leur `url`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { pagCodeSystems, pagExtensionStructureDefinitions } from '@serafin-ph/fhir';
import { dirname, join } from 'node:path';
import { NUMBERINGS } from '@serafin-ph/nomenclature';
import { toFhirCnsa2018CodeSystem, toFhirConceptMap, toFhirValueSet } from '@serafin-ph/nomenclature/fhir';
import { mesureProtectionJuridique } from '@serafin-ph/nomenclature/referentiels';

/** One resource to publish. */
export interface FhirSiteFile {
  /** Canonical URL of the resource. */
  readonly url: string;
  /** Path in the site (the URL minus the base URL); the same content is also written at `<target>.json`. */
  readonly target: string;
  /** The JSON text. */
  readonly content: string;
}

/** The project-defined list of legal protection measures as a FHIR CodeSystem (content complete: the project defines it). */
function mesureProtectionCodeSystem(): Record<string, unknown> {
  const m = mesureProtectionJuridique.metadata;
  return {
    resourceType: 'CodeSystem',
    id: 'mesure-protection-juridique',
    url: m.url,
    version: m.version,
    name: 'SerafinPhMesureProtectionJuridique',
    title: m.title,
    status: m.status,
    experimental: false,
    date: m.date,
    publisher: 'Projet open source serafin-ph',
    ...(m.description !== undefined ? { description: m.description } : {}),
    caseSensitive: true,
    content: 'complete',
    count: mesureProtectionJuridique.concepts.length,
    concept: mesureProtectionJuridique.concepts.map((c) => ({ code: c.code, display: c.display, ...(c.definition !== undefined ? { definition: c.definition } : {}) })),
  };
}

/** Every project-defined FHIR resource, with its site path; throws when a URL is not under `baseUrl`. */
export function fhirSiteFiles(baseUrl: string): FhirSiteFile[] {
  const resources: { url: string }[] = [
    ...NUMBERINGS.flatMap((from) => NUMBERINGS.map((to) => toFhirConceptMap(from, to))),
    toFhirValueSet('prestations'),
    toFhirCnsa2018CodeSystem(),
    mesureProtectionCodeSystem() as { url: string },
    ...(pagExtensionStructureDefinitions() as { url: string }[]),
    ...(pagCodeSystems() as { url: string }[]),
  ];
  return resources.map((r) => {
    if (!r.url.startsWith(baseUrl)) throw new Error(`${r.url} is not under ${baseUrl}`);
    const target = r.url.slice(baseUrl.length);
    if (target === '' || target.split('/').some((s) => s === '' || s === '.' || s === '..')) throw new Error(`${r.url} does not name a file`);
    return { url: r.url, target, content: `${JSON.stringify(r, null, 2)}\n` };
  });
}

/** Writes the resources into a built site (at `<target>` and `<target>.json`); returns what was written. */
export function writeFhirSiteFiles(siteDir: string, baseUrl: string): FhirSiteFile[] {
  const files = fhirSiteFiles(baseUrl);
  for (const f of files) {
    for (const path of [f.target, `${f.target}.json`]) {
      mkdirSync(dirname(join(siteDir, path)), { recursive: true });
      writeFileSync(join(siteDir, path), f.content);
    }
  }
  return files;
}
