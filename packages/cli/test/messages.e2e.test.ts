/**
 * Messages people can act on, through the real `serafin` binary: wrong
 * values quoted whatever their characters, a misspelt field reported once
 * with the expected name, misspelt options and rule ids refused with the
 * closest, public codes shown inside personal-data areas, positions counted
 * from one, French words in every French output; and personal data (values
 * and keys) absent from the text, JSON and JUnit reports and from syntax
 * error messages.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ValidateJsonOutput } from '../src/index.js';
import { buildCli } from './built-cli.js';
import { tempTree } from './helpers.js';

const built = await buildCli();
afterAll(built.dispose);
const EXAMPLES = fileURLToPath(new URL('../../fixtures/data/examples/', import.meta.url));
const pagText = readFileSync(join(EXAMPLES, 'pag.json'), 'utf8');
const tree = tempTree({});
afterAll(tree.cleanup);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function serafin(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env['FORCE_COLOR'];
    delete env['SERAFIN_LANG'];
    const child = spawn(process.execPath, [built.cli, ...args], { cwd: tree.dir, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end('');
  });
}

type Doc = Record<string, any>;
/** Writes the example PAG changed by `change` to `name`. */
function write(name: string, change: (d: Doc) => void): string {
  const d = JSON.parse(pagText) as Doc;
  change(d);
  writeFileSync(join(tree.dir, name), JSON.stringify(d, null, 2));
  return name;
}
const json = (run: Run): ValidateJsonOutput => JSON.parse(run.stdout) as ValidateJsonOutput;

describe('messages people can act on (serafin validate)', () => {
  it('quotes a wrong value whatever its characters (« validé »)', async () => {
    const file = write('accent.json', (d) => {
      d['statut'] = 'validé';
    });
    const run = await serafin(['validate', '--date', '2025-12-01', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('/statut  Valeur « validé » non admise pour « Statut » (statut)');
  });

  it('reports a misspelt required field once, with the expected name; an unknown property suggests the closest', async () => {
    const file = write('misspelt.json', (d) => {
      d['situation']['personne']['dateNaissnce'] = d['situation']['personne']['dateNaissance'];
      delete d['situation']['personne']['dateNaissance'];
      d['statu'] = 'x';
    });
    const run = await serafin(['validate', '--format', 'json', '--date', '2025-12-01', file]);
    const structural = json(run).files[0]!.issues.filter((i) => i.ruleId.startsWith('STRUCTURE-'));
    expect(structural.map((i) => [i.ruleId, i.path, i.message])).toEqual([
      ['STRUCTURE-INCONNU', '/statu', 'Propriété inconnue « statu » : « statut » ? (les données propres à un éditeur vont dans « extensions »).'],
      ['STRUCTURE-OBLIGATOIRE', '/situation/personne/dateNaissance', 'Champ obligatoire absent : « Date de naissance » (dateNaissance), écrit « dateNaissnce » ?'],
    ]);
  });

  it('refuses a misspelt option and a misspelt rule id, naming the closest', async () => {
    const option = await serafin(['validate', '--formt', 'json', 'accent.json']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('option inconnue : --formt (vouliez-vous dire --format ?)');
    const rule = await serafin(['validate', '--skip-rule', 'PAG-BESOIN-001', 'accent.json']);
    expect(rule.code).toBe(2);
    expect(rule.stderr).toMatch(/--skip-rule : règle inconnue « PAG-BESOIN-001 » ; vouliez-vous dire PAG-BESOINS-001 \?/);
  });

  it('shows a SERAFIN-PH code in contexte (public nomenclature), counts positions from one and names engagements by their identifier', async () => {
    const file = write('codes.json', (d) => {
      d['contexte']['besoins'][3]['besoin'] = { code: '1.3.1.1' };
      d['engagements'][1]['dateDebut'] = '2025-13-01';
    });
    const run = await serafin(['validate', '--date', '2025-12-01', file]);
    expect(run.stdout).toContain('/contexte/besoins/3/besoin/code  Le code 1.3.1.1 est désactivé (concept dupliqué) : utiliser 1.3.1.');
    expect(run.stdout).toContain('/engagements/1/dateDebut  Engagement d’un opérateur « ENG-2 » (2e) — « Date de début » (dateDebut)');
  });

  it('notes once per document the bare codes that name another concept in CNSA 2018, naming the CLI flag', async () => {
    const run = await serafin(['validate', '--format', 'json', '--date', '2025-12-01', 'codes.json']);
    const notes = json(run).files[0]!.issues.filter((i) => i.ruleId === 'PAG-CODES-007');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.severity).toBe('info');
    expect(notes[0]!.message).toContain('validez avec --numbering cnsa-2018');
  });

  it('writes French severities in French JUnit reports', async () => {
    const run = await serafin(['validate', '--format', 'junit', '--date', '2025-12-01', 'codes.json']);
    expect(run.stdout).toMatch(/(?:^|>)erreur \/engagements\/1\/dateDebut \[STRUCTURE-FORMAT\]/m);
    expect(run.stdout).toMatch(/(?:^|>)avertissement \/contexte\/besoins\/3\/besoin\/code \[PAG-CODES-001\]/m);
    expect(run.stdout).not.toMatch(/(?:^|>)(?:error|warning) \//m);
    const en = await serafin(['validate', '--format', 'junit', '--lang', 'en', '--date', '2025-12-01', 'codes.json']);
    expect(en.stdout).toMatch(/(?:^|>)error \/engagements\/1\/dateDebut/m);
  });
});

describe('French words in French outputs (serafin nomenclature translate)', () => {
  it('writes translation relations in French', async () => {
    const run = await serafin(['nomenclature', 'translate', '2.2.1', '--from', 'cnsa-2018', '--to', 'ans-2023']);
    expect(run.stdout).toContain('2.2  plus large');
    const en = await serafin(['nomenclature', 'translate', '2.2.1', '--from', 'cnsa-2018', '--to', 'ans-2023', '--lang', 'en']);
    expect(en.stdout).toContain('2.2  wider');
  });
});

describe('no personal data in any report format (values, keys, syntax errors)', () => {
  const SECRET = 'ZZSECRET';
  const files = [
    // an unknown key holding a name, inside the person
    write('key.json', (d) => {
      d['situation']['personne'][`${SECRET}Dupont`] = 'x';
    }),
    // a nested unknown key under an unknown key, and a value of the wrong type in a personal field
    write('nested.json', (d) => {
      d['situation']['personne'][`${SECRET}Jean`] = { [`${SECRET}Marie`]: 1 };
      d['situation']['personne']['prenoms'] = 7;
    }),
    // a name typed into a code field, a personal free text of the wrong shape
    write('code.json', (d) => {
      d['contexte']['besoins'][0]['besoin'] = { code: `${SECRET} Durand` };
      d['contexte']['historique'] = '';
    }),
  ];
  // a syntax error right after a personal value and a personal key
  writeFileSync(join(tree.dir, 'syntax.json'), `{"typeDocument":"pag","situation":{"personne":{"${SECRET}Key":"${SECRET}Value" "nom":1}}}`);
  writeFileSync(join(tree.dir, 'duplicate.json'), `{"typeDocument":"pag","situation":{"personne":{"${SECRET}K":1,"${SECRET}K":2}}}`);
  files.push('syntax.json', 'duplicate.json');

  it.each(['text', 'json', 'junit'])('--format %s', async (format) => {
    for (const lang of ['fr', 'en']) {
      const run = await serafin(['validate', '--format', format, '--lang', lang, '--date', '2025-12-01', ...files]);
      expect(run.code).toBe(2);
      expect(run.stdout.length).toBeGreaterThan(200);
      expect(run.stdout, `${format} ${lang}`).not.toContain(SECRET);
      expect(run.stderr).not.toContain(SECRET);
    }
    const masked = await serafin(['validate', '--format', format, '--date', '2025-12-01', 'key.json']);
    expect(masked.stdout).toContain('[clé masquée]');
    const shown = await serafin(['validate', '--format', format, '--include-personal-data', '--date', '2025-12-01', 'key.json']);
    expect(shown.stdout).toContain(`${SECRET}Dupont`);
  });
});
