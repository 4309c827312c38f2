import { readFileSync } from 'node:fs';
import { ALL_REFERENTIELS } from '@serafin-ph/nomenclature/referentiels';
import { describe, expect, it } from 'vitest';
import { chunks, scriptedValidate } from '../../test/helpers.js';
import type { CliContext, OutputStream } from '../context.js';
import { runCli } from '../main.js';
import { boundFields } from '@serafin-ph/pag-schema';
import { listIdentifiers, resolveList } from './nomenclature-list.js';
import { SCHEMA_TYPES, schemaPath } from './schema-command.js';

class Capture implements OutputStream {
  text = '';
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
  once(): this {
    return this;
  }
}

async function cli(args: string[]) {
  const stdout = new Capture();
  const stderr = new Capture();
  const ctx: CliContext = { validate: scriptedValidate, stdout, stderr, stdin: chunks(), env: {}, cwd: process.cwd(), version: '1.2.3' };
  const code = await runCli(args, ctx);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('serafin nomenclature list', () => {
  it('lists every code of a companion list with its published label, whatever the case or prefix typed', () => {
    const r420 = resolveList('r420');
    expect(r420?.id).toBe('TRE_R420');
    expect(r420?.codes).toHaveLength(76);
    expect(r420?.codes[0]).toEqual({ code: '1', display: 'AAH et CPR', deprecated: false });
    expect(resolveList('tre_r420')).toEqual(r420);
    expect(resolveList('J264')?.id).toBe('JDV_J264');
  });

  it('lists SERAFIN-PH in the numbering asked, without inventing the CNSA labels the sources do not establish', () => {
    expect(resolveList('SERAFIN-PH')?.codes).toHaveLength(107);
    const cnsa = resolveList('serafin-ph', 'cnsa-2018')!;
    expect(cnsa.codes.find((c) => c.code === '2.2.1.2')).toBeDefined();
    expect(cnsa.codes.some((c) => c.display === null)).toBe(true);
    expect(resolveList('J285')?.codes.map((c) => c.code)).toContain('1.3.3.1');
  });

  it('resolves every identifier it offers', () => {
    for (const id of listIdentifiers()) expect(resolveList(id), id).toBeDefined();
    expect(listIdentifiers()).toEqual(expect.arrayContaining(ALL_REFERENTIELS.map((l) => l.metadata.id)));
  });

  it('writes CSV a spreadsheet opens (semicolons, quoted cells) and refuses an unknown list with exit code 2', async () => {
    const csv = await cli(['nomenclature', 'list', 'TRE_R421', '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toBe('code;libellé;statut');
    expect(csv.stdout.split('\r\n').length - 2).toBe(resolveList('TRE_R421')!.codes.length);
    const json = await cli(['nomenclature', 'list', 'JDV_J408', '--format', 'json']);
    expect(JSON.parse(json.stdout).codes.every((c: { system?: string }) => typeof c.system === 'string')).toBe(true);
    const unknown = await cli(['nomenclature', 'list', 'TRE_R4200']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('TRE_R420');
  });
});

describe('serafin nomenclature lists', () => {
  it('names the list of every coded field of the published schemas', async () => {
    const fields = SCHEMA_TYPES.flatMap((t) => boundFields(JSON.parse(readFileSync(schemaPath(t), 'utf8')), t));
    for (const t of SCHEMA_TYPES) {
      const marked = (readFileSync(schemaPath(t), 'utf8').match(/"x-systeme-codes"/g) ?? []).length;
      expect(fields.filter((f) => f.typeDocument === t).length, t).toBeGreaterThan(0);
      expect(marked, t).toBeGreaterThan(0);
    }
    expect(fields.every((f) => f.list !== undefined)).toBe(true);
    expect(fields).toContainEqual(expect.objectContaining({ typeDocument: 'pag', path: '/situation/droitsPrestations/*/codeDroitPrestation', list: 'TRE_R420' }));
    const out = await cli(['nomenclature', 'lists', 'pag']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('/contexte/besoins/*/besoin/code');
    expect(out.stdout).not.toContain('tableau-derogations');
  });
});
