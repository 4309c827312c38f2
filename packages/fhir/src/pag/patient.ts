/**
 * The person (`situation.personne`) as a FHIR `Patient`, following the FR Core
 * conventions for names: birth name under `use: 'official'`, used name under
 * `use: 'usual'`, the first names as one `given` string. Identity only as far
 * as the PAG holds it (a pseudonymised PAG gives a Patient without name).
 */
import type { HumanName, Patient } from '@medplum/fhirtypes';
import type { PagTypes } from '@serafin-ph/pag-schema/types';
import type { ReadContext, ReadEntry } from './context.js';
import { PAG_IDENTIFIER_SYSTEMS } from './urls.js';

/** `sexe` → `Patient.gender` (I, indéterminé, → `other`: INFERRED, no ANS list is bound here). */
export const GENDERS = { F: 'female', M: 'male', I: 'other' } as const;

/** The Patient of a PAG. */
export function patientToFhir(personne: PagTypes.PersonneConcernee, departement: string): Patient {
  const patient: Patient = { resourceType: 'Patient' };
  if (personne.identifiantMdph !== undefined) patient.identifier = [{ system: PAG_IDENTIFIER_SYSTEMS.personne(departement), value: personne.identifiantMdph }];
  const names: HumanName[] = [];
  if (personne.nomNaissance !== undefined || personne.prenoms !== undefined) {
    const official: HumanName = { use: 'official' };
    if (personne.nomNaissance !== undefined) official.family = personne.nomNaissance;
    if (personne.prenoms !== undefined) official.given = [personne.prenoms];
    names.push(official);
  }
  if (personne.nomUtilise !== undefined) names.push({ use: 'usual', family: personne.nomUtilise });
  if (names.length > 0) patient.name = names;
  patient.gender = GENDERS[personne.sexe];
  patient.birthDate = personne.dateNaissance;
  return patient;
}

/** `situation.personne` read from the Patient. */
export function patientFromFhir(ctx: ReadContext, entry: ReadEntry): Record<string, unknown> {
  const where = ctx.where(entry);
  const p = entry.resource as unknown as Patient;
  ctx.checkResource(entry.resource, where, ['identifier', 'name', 'gender', 'birthDate']);
  const out: Record<string, unknown> = {};
  const id = p.identifier?.find((i) => i.system?.startsWith(PAG_IDENTIFIER_SYSTEMS.personne('')) && typeof i.value === 'string');
  if (id !== undefined) out['identifiantMdph'] = id.value;
  const official = p.name?.find((n) => n.use === 'official');
  const usual = p.name?.find((n) => n.use === 'usual');
  if (official?.family !== undefined) out['nomNaissance'] = official.family;
  if (usual?.family !== undefined) out['nomUtilise'] = usual.family;
  if (official?.given?.[0] !== undefined) out['prenoms'] = official.given.join(' ');
  if (typeof p.birthDate === 'string') out['dateNaissance'] = p.birthDate;
  else ctx.report.add(`${where}.birthDate`, 'missing-element', 'Date de naissance absente (obligatoire dans le PAG).', 'Birth date missing (required in the PAG).');
  const sexe = (Object.keys(GENDERS) as (keyof typeof GENDERS)[]).find((k) => GENDERS[k] === p.gender);
  if (sexe !== undefined) out['sexe'] = sexe;
  else
    ctx.report.add(
      `${where}.gender`,
      p.gender === undefined ? 'missing-element' : 'no-pag-equivalent',
      'Sexe absent ou sans équivalent PAG (female, male, other).',
      'Gender missing or with no PAG equivalent (female, male, other).',
    );
  return out;
}
