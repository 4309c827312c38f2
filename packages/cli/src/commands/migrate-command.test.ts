import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { examplePag } from '@serafin-ph/fixtures';
import { SCHEMA_VERSION } from '@serafin-ph/pag-schema';
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

/** The example PAG, written in schema 1.0.0 (with `demande.origine`). */
function pag100(): Record<string, unknown> {
  const d = examplePag() as unknown as Record<string, Record<string, unknown>>;
  const { demandeur, ...rest } = d['demande'] as Record<string, unknown>;
  return { ...d, versionSchema: '1.0.0', demande: { origine: demandeur, ...rest } };
}

const old = JSON.stringify(pag100(), null, 2);
const tree = tempTree({
  'a.json': old,
  'b.json': old,
  'sortie/.keep': '',
  'casse.json': '{"typeDocument": "pag",',
  'futur.json': JSON.stringify({ ...pag100(), versionSchema: '9.0.0' }),
});
afterAll(tree.cleanup);

async function cli(args: string[]) {
  const stdout = new Capture();
  const stderr = new Capture();
  const ctx: CliContext = { validate: scriptedValidate, stdout, stderr, stdin: chunks(), env: {}, cwd: tree.dir, version: '1.2.3' };
  const code = await runCli(args, ctx);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('serafin migrate', () => {
  it('writes the migrated document to standard output and describes the changes on standard error', async () => {
    const r = await cli(['migrate', 'a.json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { versionSchema: string; demande: Record<string, unknown> };
    expect(out.versionSchema).toBe(SCHEMA_VERSION);
    expect(out.demande['demandeur']).toBeDefined();
    expect(out.demande['origine']).toBeUndefined();
    expect(r.stderr).toContain('a.json /demande/demandeur :');
    expect(readFileSync(join(tree.dir, 'a.json'), 'utf8')).toBe(old);
  });

  it('writes to -o, or replaces the files with --in-place; a second run changes nothing', async () => {
    expect((await cli(['migrate', 'a.json', '-o', 'sortie/a.json', '--quiet'])).code).toBe(0);
    expect(JSON.parse(readFileSync(join(tree.dir, 'sortie/a.json'), 'utf8')).versionSchema).toBe(SCHEMA_VERSION);
    expect((await cli(['migrate', '--in-place', 'b.json', 'sortie/a.json'])).code).toBe(0);
    const b = readFileSync(join(tree.dir, 'b.json'), 'utf8');
    expect(b).toBe(readFileSync(join(tree.dir, 'sortie/a.json'), 'utf8'));
    const again = await cli(['migrate', 'b.json', '--lang', 'en']);
    expect(again.stderr).toContain('already');
    expect(again.stdout).toBe(b);
  });

  it('leaves invalid JSON and unknown versions untouched with exit code 1; usage errors give 2', async () => {
    const broken = await cli(['migrate', '--in-place', 'casse.json', 'futur.json']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('casse.json : JSON invalide');
    expect(broken.stderr).toContain('futur.json : « versionSchema » doit valoir');
    expect(readFileSync(join(tree.dir, 'casse.json'), 'utf8')).toBe('{"typeDocument": "pag",');
    expect((await cli(['migrate'])).code).toBe(2);
    expect((await cli(['migrate', 'a.json', 'b.json'])).code).toBe(2);
    expect((await cli(['migrate', 'a.json', '-o', 'x.json', '--in-place'])).code).toBe(2);
    expect((await cli(['migrate', 'absent.json'])).code).toBe(2);
    expect((await cli(['migrate', '--help'])).stdout).toMatch(/^Usage : serafin migrate/);
    expect((await cli(['--lang', 'en', 'help', 'migrate'])).stdout).toMatch(/^Usage: serafin migrate/);
  });
});
