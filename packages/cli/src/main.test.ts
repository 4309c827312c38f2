import { afterAll, describe, expect, it } from 'vitest';
import { chunks, doc, scriptedValidate, tempTree } from '../test/helpers.js';
import type { CliContext, OutputStream } from './context.js';
import { runCli } from './main.js';

class Capture implements OutputStream {
  text = '';
  constructor(readonly isTTY = false) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
  once(): this {
    return this;
  }
}

const tree = tempTree({ 'ok.json': doc('pag'), 'bad.json': doc('pag', { ruleId: 'PAG-X' }) });
afterAll(tree.cleanup);

async function cli(args: string[], env: Record<string, string> = {}, stdin = chunks()) {
  const stdout = new Capture();
  const stderr = new Capture();
  const ctx: CliContext = { validate: scriptedValidate, stdout, stderr, stdin, env, cwd: tree.dir, version: '1.2.3' };
  const code = await runCli(args, ctx);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('runCli', () => {
  it('calls a validator loader only for a command that validates, once', async () => {
    let loads = 0;
    const run = async (args: string[]) => {
      const stdout = new Capture();
      const stderr = new Capture();
      const ctx: CliContext = { validator: async () => (loads++, scriptedValidate), stdout, stderr, stdin: chunks(), env: {}, cwd: tree.dir, version: '1.2.3' };
      return { code: await runCli(args, ctx), stdout: stdout.text };
    };
    expect(await run(['--version'])).toEqual({ code: 0, stdout: '1.2.3\n' });
    expect((await run(['validate', '--help'])).code).toBe(0);
    expect((await run(['nomenclature', 'lookup', '2.2.1'])).code).toBe(0);
    expect((await run(['validate', '--bogus'])).code).toBe(2);
    expect(loads).toBe(0);
    const checked = await run(['validate', '--format', 'json', 'ok.json', 'bad.json']);
    expect(checked.code).toBe(1);
    expect((JSON.parse(checked.stdout) as { files: unknown[] }).files).toHaveLength(2);
    expect(loads).toBe(1);
  });

  it('prints the version', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: '1.2.3\n', stderr: '' });
    expect((await cli(['-v'])).stdout).toBe('1.2.3\n');
  });

  it('prints help for every command, in French by default and in English on request', async () => {
    for (const args of [
      ['--help'],
      ['validate', '--help'],
      ['nomenclature', '--help'],
      ['nomenclature', 'lookup', '--help'],
      ['nomenclature', 'search', '-h'],
      ['nomenclature', 'translate', '--help'],
      ['nomenclature', 'export', '--help'],
      ['schema', '--help'],
      ['help', 'validate'],
    ]) {
      const fr = await cli(args);
      expect(fr.code, args.join(' ')).toBe(0);
      expect(fr.stdout, args.join(' ')).toMatch(/^(Usage :|serafin —)/);
      const en = await cli([...args, '--lang', 'en']);
      expect(en.stdout, args.join(' ')).toMatch(/^(Usage:|serafin —)/);
    }
    expect((await cli(['--help'], { SERAFIN_LANG: 'en' })).stdout).toContain('Usage: serafin <command>');
  });

  it('rejects usage errors with exit code 2 and a hint', async () => {
    const cases: [string[], RegExp][] = [
      [[], /Usage :/],
      [['frobnicate'], /commande : valeur « frobnicate » invalide/],
      [['validate'], /aucune entrée/],
      [['validate', '--bogus', 'ok.json'], /option inconnue : --bogus/],
      [['validate', '--format', 'xml', 'ok.json'], /--format : valeur « xml » invalide \(attendu : text, json, junit, html\)/],
      [['validate', '--date', '2025-02-30', 'ok.json'], /--date : « 2025-02-30 » n’est pas une date AAAA-MM-JJ/],
      [['validate', '--jobs', 'lots', 'ok.json'], /--jobs/],
      [['validate', '--max-size', '-1', 'ok.json'], /--max-size/],
      [['validate', '--lang', 'de', 'ok.json'], /--lang/],
      [['validate', '--format'], /option --format : valeur manquante/],
      [['nomenclature', 'frob'], /nomenclature/],
      [['schema'], /donnez un type/],
      [['schema', 'autre'], /schema : valeur « autre » invalide/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
    expect((await cli(['validate', '--bogus', 'ok.json'])).stderr).toContain('Aide : serafin validate --help');
    expect((await cli(['validate', '--bogus', 'ok.json', '--lang', 'en'])).stderr).toBe(
      'serafin validate: unknown option: --bogus; give a file name that starts with "-" after "--" or with "./" in front\nHelp: serafin validate --help\n',
    );
  });

  it('suggests the closest option, value and rule id, and never ignores them', async () => {
    expect((await cli(['validate', '--formt', 'json', 'ok.json'])).stderr).toContain('option inconnue : --formt (vouliez-vous dire --format ?)');
    expect((await cli(['validate', '--format', 'jsn', 'ok.json'])).stderr).toContain('vouliez-vous dire « json » ?');
    const rule = await cli(['validate', '--skip-rule', 'PAG-BESOIN-001', 'ok.json']);
    expect(rule.code).toBe(2);
    expect(rule.stderr).toMatch(/--skip-rule : règle inconnue « PAG-BESOIN-001 » ; vouliez-vous dire PAG-BESOINS?-[0-9A-Z-]+ \?/);
    // a structural check always runs: asking to skip it is said, not silently ignored
    const structural = await cli(['validate', '--skip-rule', 'STRUCTURE-OBLIGATOIRE', 'ok.json']);
    expect(structural.code).toBe(2);
    expect(structural.stderr).toContain('--skip-rule : « STRUCTURE-OBLIGATOIRE » est un contrôle de structure, qui s’exécute toujours : il ne s’ignore pas');
    expect((await cli(['validate', '--lang', 'en', '--skip-rule', 'OPTIONS-INVALIDES', 'ok.json'])).stderr).toContain(
      "--skip-rule: 'OPTIONS-INVALIDES' is a structural check, which always runs",
    );
    const lq = await cli(['validate', '-lq.json', 'ok.json']);
    expect(lq.code).toBe(2);
    expect(lq.stderr).toContain('--lang : valeur « q.json » invalide');
  });

  it('validates files with exit codes 0, 1 and 2', async () => {
    expect((await cli(['validate', 'ok.json'])).code).toBe(0);
    expect((await cli(['validate', 'ok.json', 'bad.json'])).code).toBe(1);
    expect((await cli(['validate', 'ok.json', 'bad.json', 'missing.json'])).code).toBe(2);
  });

  it('writes JSON output and reads stdin', async () => {
    const r = await cli(['validate', '--format', 'json', '-'], {}, chunks(doc('convention-territoriale')));
    expect(JSON.parse(r.stdout)).toEqual({
      files: [{ path: '-', typeDocument: 'convention-territoriale', valid: true, issues: [] }],
      summary: { files: 1, documents: 1, valid: 1, invalid: 0, errors: 0, issues: { error: 0, warning: 0, info: 0 } },
    });
  });

  it('colours text only with FORCE_COLOR when the output is not a terminal', async () => {
    expect((await cli(['validate', 'ok.json'])).stdout).not.toContain('\u001b[');
    expect((await cli(['validate', 'ok.json'], { FORCE_COLOR: '1' })).stdout).toContain('\u001b[');
  });
});
