/**
 * The care pathway coordinator (`suivi.coordonnateurParcours`): a `CareTeam`
 * of the plan whose participant, with the role `coordonnateur-parcours`, is a
 * `PractitionerRole` (function in `code.text`, work phone and e-mail in
 * `telecom`, the operator's Organization when the engagement is found) of a
 * `Practitioner` (name).
 *
 * Le coordonnateur de parcours.
 */
import type { CareTeam, ContactPoint, Practitioner, PractitionerRole } from '@medplum/fhirtypes';
import type { PagTypes } from '@serafin-ph/pag-schema/types';
import { codeOf, projectCoding } from './codings.js';
import { objectExtension, type ReadContext, type ReadEntry, type WriteContext } from './context.js';
import { PAG_EXTENSIONS } from './extensions.js';
import { PAG_CODE_SYSTEMS } from './urls.js';

/** Writes Practitioner, PractitionerRole and CareTeam; returns the CareTeam's full URL. */
export function coordinatorToFhir(ctx: WriteContext, c: PagTypes.CoordonnateurParcours, refs: { patient: string; organization: string | undefined }): string {
  const practitioner: Practitioner = { resourceType: 'Practitioner', name: [c.prenom === undefined ? { family: c.nom } : { family: c.nom, given: [c.prenom] }] };
  const practitionerUrl = ctx.add(practitioner);
  const role: PractitionerRole = { resourceType: 'PractitionerRole' };
  const ext = objectExtension(PAG_EXTENSIONS.coordonnateur, c as unknown as Record<string, unknown>);
  if (ext !== undefined) role.extension = [ext];
  role.practitioner = { reference: practitionerUrl };
  if (refs.organization !== undefined) role.organization = { reference: refs.organization };
  if (c.fonction !== undefined) role.code = [{ text: c.fonction }];
  const telecom: ContactPoint[] = [];
  if (c.telephone !== undefined) telecom.push({ system: 'phone', value: c.telephone, use: 'work' });
  if (c.courriel !== undefined) telecom.push({ system: 'email', value: c.courriel, use: 'work' });
  if (telecom.length > 0) role.telecom = telecom;
  const roleUrl = ctx.add(role);
  const team: CareTeam = {
    resourceType: 'CareTeam',
    status: 'active',
    subject: { reference: refs.patient },
    participant: [{ role: [{ coding: [projectCoding(PAG_CODE_SYSTEMS.roleEquipe, 'coordonnateur-parcours', 'Coordonnateur de parcours')] }], member: { reference: roleUrl } }],
  };
  return ctx.add(team);
}

/** The coordinator read from the plan's CareTeam. */
export function coordinatorFromFhir(ctx: ReadContext, teamEntry: ReadEntry): Record<string, unknown> | undefined {
  const where = ctx.where(teamEntry);
  const team = teamEntry.resource as unknown as CareTeam;
  ctx.checkResource(teamEntry.resource, where, ['status', 'subject', 'participant']);
  const index = (team.participant ?? []).findIndex((p) => codeOf(p.role, PAG_CODE_SYSTEMS.roleEquipe) === 'coordonnateur-parcours');
  if (index < 0) {
    ctx.report.add(`${where}.participant`, 'missing-element', 'Aucun participant coordonnateur de parcours.', 'No care pathway coordinator participant.');
    return undefined;
  }
  (team.participant ?? []).forEach((_, i) => {
    if (i !== index)
      ctx.report.add(`${where}.participant[${i}]`, 'no-pag-equivalent', 'Participant autre que le coordonnateur de parcours.', 'Participant other than the coordinator.');
  });
  const roleEntry = ctx.resolve(team.participant?.[index]?.member, `${where}.participant[${index}].member`, 'PractitionerRole');
  if (roleEntry === undefined) return undefined;
  const rw = ctx.where(roleEntry);
  const role = roleEntry.resource as unknown as PractitionerRole;
  const found = ctx.checkResource(roleEntry.resource, rw, ['practitioner', 'organization', 'code', 'telecom'], [PAG_EXTENSIONS.coordonnateur.url]);
  if (role.organization !== undefined) ctx.resolve(role.organization, `${rw}.organization`, 'Organization');
  const out: Record<string, unknown> = { ...ctx.decode(PAG_EXTENSIONS.coordonnateur, found, rw) };
  const pe = ctx.resolve(role.practitioner, `${rw}.practitioner`, 'Practitioner');
  if (pe !== undefined) {
    ctx.checkResource(pe.resource, ctx.where(pe), ['name']);
    const name = (pe.resource as unknown as Practitioner).name?.[0];
    if (name?.family !== undefined) out['nom'] = name.family;
    if (name?.given?.[0] !== undefined) out['prenom'] = name.given[0];
  }
  if (role.code?.[0]?.text !== undefined) out['fonction'] = role.code[0].text;
  const phone = role.telecom?.find((t) => t.system === 'phone')?.value;
  if (phone !== undefined) out['telephone'] = phone;
  const mail = role.telecom?.find((t) => t.system === 'email')?.value;
  if (mail !== undefined) out['courriel'] = mail;
  return out;
}
