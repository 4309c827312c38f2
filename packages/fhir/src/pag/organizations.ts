/**
 * Organizations of the PAG: the MDPH (author of the plan), each operator of an
 * engagement (FINESS and SIRET as FR Core identifiers, operator type and
 * FINESS category TRE_R66 in `type`), and the receiving structure of a CDAPH
 * orientation.
 */
import type { Identifier, Organization, CodeableConcept } from '@medplum/fhirtypes';
import { treR66CategorieEtablissement } from '@serafin-ph/nomenclature/referentiels';
import type { PagTypes } from '@serafin-ph/pag-schema/types';
import { codeOf, projectCoding } from './codings.js';
import { objectExtension, type ReadContext, type ReadEntry } from './context.js';
import { PAG_EXTENSIONS } from './extensions.js';
import { FINESS_SYSTEM, PAG_CODE_SYSTEMS, PAG_FHIR_BASE, SIRET_SYSTEM } from './urls.js';

/** Identifier system of an MDPH by its département code (INFERRED: the ANS publishes no such system). */
export const MDPH_SYSTEM = `${PAG_FHIR_BASE}/sid/mdph`;

const R66 = treR66CategorieEtablissement.system;

/** The MDPH as an Organization: département as identifier, FINESS, name. */
export function mdphToFhir(mdph: PagTypes.Mdph): Organization {
  const identifier: Identifier[] = [{ system: MDPH_SYSTEM, value: mdph.departement }];
  if (mdph.finess !== undefined) identifier.push({ system: FINESS_SYSTEM, value: mdph.finess });
  const org: Organization = { resourceType: 'Organization', identifier };
  if (mdph.nom !== undefined) org.name = mdph.nom;
  return org;
}

/** `mdph` read from its Organization. */
export function mdphFromFhir(ctx: ReadContext, entry: ReadEntry): Record<string, unknown> {
  const where = ctx.where(entry);
  const org = entry.resource as unknown as Organization;
  ctx.checkResource(entry.resource, where, ['identifier', 'name']);
  const out: Record<string, unknown> = {};
  const dep = org.identifier?.find((i) => i.system === MDPH_SYSTEM)?.value;
  if (dep !== undefined) out['departement'] = dep;
  else ctx.report.add(`${where}.identifier`, 'missing-element', 'Département de la MDPH absent.', 'MDPH département missing.');
  if (org.name !== undefined) out['nom'] = org.name;
  const finess = org.identifier?.find((i) => i.system === FINESS_SYSTEM)?.value;
  if (finess !== undefined) out['finess'] = finess;
  return out;
}

/** An operator as an Organization. */
export function operateurToFhir(op: PagTypes.Operateur): Organization {
  const identifier: Identifier[] = [];
  if (op.finess !== undefined) identifier.push({ system: FINESS_SYSTEM, value: op.finess });
  if (op.siret !== undefined) identifier.push({ system: SIRET_SYSTEM, value: op.siret });
  const type: CodeableConcept[] = [{ coding: [projectCoding(PAG_CODE_SYSTEMS.typeOperateur, op.type)] }];
  if (op.type === 'esms') type.push({ coding: [{ system: R66, code: op.categorieEtablissement }] });
  const org: Organization = { resourceType: 'Organization' };
  const ext = objectExtension(PAG_EXTENSIONS.operateur, op as unknown as Record<string, unknown>);
  if (ext !== undefined) org.extension = [ext];
  if (identifier.length > 0) org.identifier = identifier;
  org.type = type;
  org.name = op.nom;
  return org;
}

/** An operator read from its Organization. */
export function operateurFromFhir(ctx: ReadContext, entry: ReadEntry): Record<string, unknown> {
  const where = ctx.where(entry);
  const org = entry.resource as unknown as Organization;
  const found = ctx.checkResource(entry.resource, where, ['identifier', 'name', 'type'], [PAG_EXTENSIONS.operateur.url]);
  const out: Record<string, unknown> = {};
  const type = codeOf(org.type, PAG_CODE_SYSTEMS.typeOperateur);
  if (type !== undefined) out['type'] = type;
  else ctx.report.add(`${where}.type`, 'missing-element', 'Type d’opérateur absent.', 'Operator type missing.');
  if (org.name !== undefined) out['nom'] = org.name;
  const finess = org.identifier?.find((i) => i.system === FINESS_SYSTEM)?.value;
  if (finess !== undefined) out['finess'] = finess;
  const categorie = codeOf(org.type, R66);
  if (categorie !== undefined) out['categorieEtablissement'] = categorie;
  const siret = org.identifier?.find((i) => i.system === SIRET_SYSTEM)?.value;
  if (siret !== undefined) out['siret'] = siret;
  Object.assign(out, ctx.decode(PAG_EXTENSIONS.operateur, found, where));
  return out;
}

/** The receiving structure of an orientation as an Organization. */
export function structureAccueilToFhir(s: PagTypes.StructureAccueil): Organization {
  const org: Organization = { resourceType: 'Organization', name: s.nom };
  if (s.finess !== undefined) org.identifier = [{ system: FINESS_SYSTEM, value: s.finess }];
  return org;
}

/** A receiving structure read from its Organization. */
export function structureAccueilFromFhir(ctx: ReadContext, entry: ReadEntry): Record<string, unknown> {
  const where = ctx.where(entry);
  const org = entry.resource as unknown as Organization;
  ctx.checkResource(entry.resource, where, ['identifier', 'name']);
  const out: Record<string, unknown> = {};
  if (org.name !== undefined) out['nom'] = org.name;
  const finess = org.identifier?.find((i) => i.system === FINESS_SYSTEM)?.value;
  if (finess !== undefined) out['finess'] = finess;
  return out;
}
