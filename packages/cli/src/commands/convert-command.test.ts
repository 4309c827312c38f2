import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { examplePag } from '@serafin-ph/fixtures';
import { afterAll, describe, expect, it } from 'vitest';
import { chunks, scriptedValidate, tempTree } from '../../test/helpers.js';
import type { CliContext, OutputStream } from '../context.js';
import { runCli } from '../main.js';

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

const pag = examplePag() as unknown as { situation: { personne: { nomNaissance?: string; dateNaissance: string } }; identifiant: string };
const name = pag.situation.personne.nomNaissance!;
const pagText = JSON.stringify(pag, null, 2);
const foreign = JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'Patient', name: [{ family: 'Secretname' }] } }] });
const tree = tempTree({
  'pag.json': pagText,
  'casse.json': '{"typeDocument": "pag",',
  'sans-consentement.json': JSON.stringify({ ...pag, statut: 'inconnu' }),
  'autre.json': foreign,
  'existe.json': '{}',
});
afterAll(tree.cleanup);

async function cli(args: string[], stdin: string[] = []) {
  const stdout = new Capture();
  const stderr = new Capture();
  const ctx: CliContext = { validate: scriptedValidate, stdout, stderr, stdin: chunks(...stdin), env: {}, cwd: tree.dir, version: '1.2.3' };
  const code = await runCli(args, ctx);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('serafin convert', () => {
  it('--to fhir then --from fhir gives the PAG back, through files and through standard output', async () => {
    const to = await cli(['convert', 'pag.json', '--to', 'fhir', '-o', 'pag.bundle.json', '--date', '2025-12-01']);
    expect(to.stderr).toContain('pag.json : Bundle FHIR de');
    const bundle = JSON.parse(readFileSync(join(tree.dir, 'pag.bundle.json'), 'utf8')) as { resourceType: string; type: string };
    expect([bundle.resourceType, bundle.type]).toEqual(['Bundle', 'collection']);
    const back = await cli(['convert', 'pag.bundle.json', '--from', 'fhir', '--quiet', '--date', '2025-12-01']);
    expect(back.stderr).toBe('');
    expect(JSON.parse(back.stdout)).toEqual(JSON.parse(pagText));
    expect([to.code, back.code]).toEqual([0, 0]);
    const piped = await cli(['convert', '-', '--from', 'fhir', '-q', '--date', '2025-12-01'], [readFileSync(join(tree.dir, 'pag.bundle.json'), 'utf8')]);
    expect(JSON.parse(piped.stdout)).toEqual(JSON.parse(pagText));
  });

  it('refuses a PAG that is not valid for the schema (exit 1, nothing written, no personal value quoted)', async () => {
    const r = await cli(['convert', 'sans-consentement.json', '--to', 'fhir', '-o', 'x.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('non valide pour le schéma');
    expect(r.stderr).not.toContain(name);
    expect(existsSync(join(tree.dir, 'x.json'))).toBe(false);
    const broken = await cli(['convert', 'casse.json', '--to', 'fhir']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('casse.json');
  });

  it('lists what a foreign Bundle does not carry (exit 1), without quoting its values', async () => {
    const r = await cli(['convert', 'autre.json', '--from', 'fhir', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the Bundle carries no PAG');
    expect(r.stderr).toContain('Bundle.entry [missing-element]');
    expect(r.stderr).not.toContain('Secretname');
    expect(r.stdout).toBe('');
  });

  it('usage errors give 2: no direction, both, two inputs, an existing output, the input as output, an unreadable file', async () => {
    expect((await cli(['convert', 'pag.json'])).code).toBe(2);
    expect((await cli(['convert', 'pag.json', '--to', 'fhir', '--from', 'fhir'])).code).toBe(2);
    expect((await cli(['convert', 'pag.json', '--to', 'fihr'])).stderr).toContain('fhir');
    expect((await cli(['convert', 'pag.json', 'autre.json', '--to', 'fhir'])).code).toBe(2);
    const exists = await cli(['convert', 'pag.json', '--to', 'fhir', '-o', 'existe.json']);
    expect([exists.code, exists.stderr.includes('--force')]).toEqual([2, true]);
    expect(readFileSync(join(tree.dir, 'existe.json'), 'utf8')).toBe('{}');
    expect((await cli(['convert', 'pag.json', '--to', 'fhir', '-o', 'pag.json', '--force'])).code).toBe(2);
    expect(readFileSync(join(tree.dir, 'pag.json'), 'utf8')).toBe(pagText);
    expect((await cli(['convert', 'absent.json', '--to', 'fhir'])).code).toBe(2);
    expect((await cli(['convert', '--help'])).stdout).toMatch(/^Usage : serafin convert/);
    expect((await cli(['--lang', 'en', 'help', 'convert'])).stdout).toMatch(/^Usage: serafin convert/);
  });
});
