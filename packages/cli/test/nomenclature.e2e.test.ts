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
