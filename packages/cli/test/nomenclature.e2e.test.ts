/**
 * End-to-end: `serafin nomenclature lookup` on an unknown code says in which
 * other numbering the code exists and suggests the closest valid codes with
 * their labels. The real binary (bundled once, see `built-cli.ts`).
 */
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCli } from './built-cli.js';

const built = await buildCli();
afterAll(built.dispose);

function serafin(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['SERAFIN_LANG'];
  const r = spawnSync(process.execPath, [built.cli, ...args], { env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('serafin nomenclature lookup of an unknown code', () => {
  it('says that 2.2.1.1, unknown in ANS 2023, is known in cnsa-2018, and how to look it up there', () => {
    const run = serafin('nomenclature', 'lookup', '2.2.1.1');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('code inconnu en ans-2023 : 2.2.1.1');
    expect(run.stderr).toContain('ce code existe dans la numérotation cnsa-2018 : serafin nomenclature lookup --numbering cnsa-2018 2.2.1.1');
    expect(serafin('nomenclature', 'lookup', '--numbering', 'cnsa-2018', '2.2.1.1').code).toBe(0);
  });

  it('suggests the closest valid codes with their labels', () => {
    const run = serafin('nomenclature', 'lookup', '2.3.3.9');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('codes proches :');
    expect(run.stderr).toContain('2.3.3.1 — Accompagnements pour mener sa vie d’élève, d’étudiant ou d’apprenti');
    expect(serafin('--lang', 'en', 'nomenclature', 'lookup', '2.3.3.9').stderr).toContain('close codes:');
  });
});

describe('serafin nomenclature lookup of a code of another list', () => {
  it('finds a JDV_J11 code without --list, and suggests « MTH — Mère » for « MERE »', () => {
    const found = serafin('nomenclature', 'lookup', 'MTH');
    expect(found.code).toBe(0);
    expect(found.stdout).toContain('MTH  Mère\n  liste : JDV_J11');
    const near = serafin('nomenclature', 'lookup', 'MERE');
    expect(near.code).toBe(1);
    expect(near.stderr).toContain('codes proches :\n    MTH — Mère (JDV_J11)\n');
  });
  it('looks a code up in the list named by --list, and says which other lists hold a SERAFIN-PH code', () => {
    const run = serafin('nomenclature', 'lookup', '--list', 'R420', '5.5');
    expect(run).toMatchObject({ code: 0, stdout: '5.5  PCH - élément 3 - Surcoûts liés au transport\n  liste : TRE_R420 · parent : 5 · statut : actif\n' });
    expect(JSON.parse(serafin('nomenclature', 'lookup', '--list', 'TRE_R420', '5.5', '--format', 'json').stdout)).toMatchObject({ list: 'TRE_R420', code: '5.5', parent: '5' });
    expect(serafin('nomenclature', 'lookup', '1').stdout).toContain('aussi un code de TRE_R420');
    expect(serafin('nomenclature', 'lookup', '--list', 'TRE_R999', '1')).toMatchObject({ code: 2 });
  });
});

describe('serafin nomenclature search over every list', () => {
  const firstRows = (q: string, n: number): string[][] =>
    serafin('nomenclature', 'search', q, '--limit', String(n))
      .stdout.trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(/\s{2,}/).slice(0, 2));
  it.each([
    ['répit', [['TRE_R240', '01']]],
    [
      'aide aux aidants',
      [
        ['TRE_R403', '828'],
        ['TRE_R403', '040'],
      ],
    ],
    [
      'orthophonie',
      [
        ['TRE_R426', '6'],
        ['SERAFIN-PH', '2.1.2.1'],
        ['SERAFIN-PH', '1.1.4'],
      ],
    ],
    [
      'autisme',
      [
        ['TRE_R403', '437'],
        ['JDV_J408', 'UEA'],
      ],
    ],
    [
      'transport',
      [
        ['SERAFIN-PH', '1.3.4.2'],
        ['TRE_R420', '5.5'],
      ],
    ],
    ['hébergement', [['TRE_R213', '46']]],
  ])('« %s » → first results', (query, expected) => {
    expect(firstRows(query, expected.length)).toEqual(expected);
  });
  it('restricts to the lists given, and answers JSON with the list of each hit', () => {
    const hits = JSON.parse(serafin('nomenclature', 'search', 'transport', '--list', 'TRE_R420', '--format', 'json').stdout);
    expect(hits).toEqual([expect.objectContaining({ list: 'TRE_R420', code: '5.5', status: 'active' })]);
    expect(serafin('nomenclature', 'search', 'xyzzy')).toMatchObject({ code: 1, stderr: 'aucun résultat\n' });
    expect(serafin('nomenclature', 'search', 'logement', '--branch', 'besoins', '--list', 'TRE_R420').code).toBe(2);
  });
});

describe('serafin help <command> --lang en', () => {
  it('prints the command help in English, not the main help', () => {
    const run = serafin('help', 'validate', '--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: serafin validate/);
    expect(serafin('help', 'nomenclature', 'search', '-l', 'en').stdout).toMatch(/^Usage: serafin nomenclature search/);
    expect(serafin('help', 'fhir').stdout).toContain('serafin fhir check');
  });
});
