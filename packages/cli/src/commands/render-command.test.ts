import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { examplePag, exampleTableauDerogations } from '@serafin-ph/fixtures';
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

const pag = examplePag();
const tree = tempTree({
  'pag.json': JSON.stringify(pag),
  'recus/a.json': JSON.stringify(pag),
  'recus/sous/b.json': JSON.stringify(exampleTableauDerogations()),
  'lot.ndjson': `${JSON.stringify(pag)}\n${JSON.stringify(pag)}\n`,
  'casse.json': '{"typeDocument": "pag",',
  'autre.json': '{"typeDocument": "facture"}',
});
afterAll(tree.cleanup);

async function cli(args: string[], stdin = chunks()) {
  const stdout = new Capture();
  const stderr = new Capture();
  const ctx: CliContext = { validate: scriptedValidate, stdout, stderr, stdin, env: {}, cwd: tree.dir, version: '1.2.3' };
  const code = await runCli(args, ctx);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('serafin render', () => {
  it('writes one page to standard output, personal data masked by default (as validate)', async () => {
    const r = await cli(['render', 'pag.json']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(r.stdout).toContain('Donnée personnelle masquée');
    expect(r.stdout).not.toContain(pag.situation.personne.dateNaissance);
    expect(r.stderr).toContain('--include-personal-data');
  });

  it('writes the page to -o, with the personal data when asked', async () => {
    const r = await cli(['render', 'pag.json', '-o', 'pag.html', '--include-personal-data']);
    expect(r.code).toBe(0);
    const html = readFileSync(join(tree.dir, 'pag.html'), 'utf8');
    expect(html).not.toContain('Donnée personnelle masquée');
    expect(html).toContain(`datetime="${pag.situation.personne.dateNaissance}"`);
    expect(r.stderr).toBe('pag.json → pag.html\n');
  });

  it('renders a folder into a folder, keeping the relative paths; an NDJSON file gives one page per line', async () => {
    const r = await cli(['render', 'recus', 'lot.ndjson', '-o', 'pages', '--quiet']);
    expect(r.code).toBe(0);
    expect(existsSync(join(tree.dir, 'pages/a.html'))).toBe(true);
    expect(readFileSync(join(tree.dir, 'pages/sous/b.html'), 'utf8')).toContain('<table');
    expect(existsSync(join(tree.dir, 'pages/lot-1.html'))).toBe(true);
    expect(existsSync(join(tree.dir, 'pages/lot-2.html'))).toBe(true);
  });

  it('writes the timetable alone with --format svg, in English with --lang en', async () => {
    const r = await cli(['render', 'pag.json', '--format', 'svg', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(r.stdout).toContain('>Monday</text>');
  });

  it('reports what it cannot render with exit code 1, and asks for -o with several documents', async () => {
    const bad = await cli(['render', 'casse.json']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^casse\.json : /);
    const other = await cli(['render', 'autre.json']);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('type de document inconnu');
    const several = await cli(['render', 'recus']);
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('-o <dossier>');
    expect((await cli(['render', 'absent.json'])).code).toBe(2);
  });

  it('has its help in both languages', async () => {
    expect((await cli(['render', '--help'])).stdout).toMatch(/^Usage : serafin render/);
    expect((await cli(['--lang', 'en', 'help', 'render'])).stdout).toMatch(/^Usage: serafin render/);
    expect((await cli(['--help'])).stdout).toContain('render <fichiers|dossiers>');
  });
});
