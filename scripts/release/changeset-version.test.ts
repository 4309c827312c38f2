import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../docs/repo.js';
import { expectedVersions, incVersion, parseChangeset, pendingChangesets } from './changesets.js';
import { copyRepository, publishablePackages, readWorkspacePackages, type RepoCopy } from './workspace-copy.js';

function changesetVersion(dir: string): void {
  const bin = join(REPO_ROOT, 'node_modules/@changesets/cli/bin.js');
  const run = spawnSync(process.execPath, [bin, 'version'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
}

function versions(dir: string): Map<string, string> {
  return new Map(readWorkspacePackages(dir).map((p) => [p.manifest.name, p.manifest.version]));
}

describe('changesets configuration', () => {
  it('publishes publicly, from main, with patch bumps of internal dependents', () => {
    const config = JSON.parse(readFileSync(join(REPO_ROOT, '.changeset/config.json'), 'utf8')) as Record<string, unknown>;
    expect(config).toMatchObject({ access: 'public', baseBranch: 'main', updateInternalDependencies: 'patch', commit: false });
    for (const p of publishablePackages()) {
      expect(p.manifest['publishConfig'], p.manifest.name).toEqual({ access: 'public' });
    }
  });

  it('every pending changeset names known packages with a valid bump', () => {
    const names = new Set(publishablePackages().map((p) => p.manifest.name));
    for (const cs of pendingChangesets(REPO_ROOT)) {
      // An empty front matter (`changeset --empty`) releases nothing: only for the private validator page and the docs site, which no package ships.
      if (cs.releases.size === 0) expect(cs.file, 'a changeset that releases no package').toMatch(/^(validator-page|docs)-/);
      for (const name of cs.releases.keys()) expect(names.has(name), `${cs.file}: ${name}`).toBe(true);
      expect(cs.summary.length, cs.file).toBeGreaterThan(10);
    }
  });
});

describe('reading changesets', () => {
  it('parses front matter and summary', () => {
    const cs = parseChangeset('a.md', '---\n"@serafin-ph/cli": minor\n\'@serafin-ph/fixtures\': patch\n---\n\nSummary line.\n');
    expect([...cs.releases]).toEqual([
      ['@serafin-ph/cli', 'minor'],
      ['@serafin-ph/fixtures', 'patch'],
    ]);
    expect(cs.summary).toBe('Summary line.');
  });

  it('reads an empty front matter (changeset --empty) as a change that releases no package', () => {
    for (const text of ['---\n---\n\nPage de validation.\n', '---\r\n---\r\nPage.', '---\n\n---\nPage.']) {
      const cs = parseChangeset('e.md', text);
      expect(cs.releases.size).toBe(0);
      expect(cs.summary.startsWith('Page')).toBe(true);
    }
    expect(() => parseChangeset('n.md', 'Page sans en-tête.')).toThrow(/no front matter/);
  });

  it('bumps versions and propagates patches to runtime dependents only', () => {
    expect(incVersion('0.1.9', 'patch')).toBe('0.1.10');
    expect(incVersion('0.1.9', 'minor')).toBe('0.2.0');
    expect(incVersion('0.1.9', 'major')).toBe('1.0.0');
    const pkg = (name: string, deps: Record<string, string> = {}, dev: Record<string, string> = {}) => ({
      dir: name,
      manifest: { name, version: '1.0.0', dependencies: deps, devDependencies: dev },
    });
    const packages = [pkg('a'), pkg('b', { a: 'workspace:*' }), pkg('c', { b: 'workspace:*' }), pkg('d', {}, { a: 'workspace:*' })];
    const got = expectedVersions(packages, [parseChangeset('x.md', '---\n"a": minor\n---\nx')]);
    expect([...got]).toEqual([
      ['a', '1.1.0'],
      ['b', '1.0.1'],
      ['c', '1.0.1'],
      ['d', '1.0.0'],
    ]);
  });
});

describe('pnpm changeset version on a throwaway copy of the repository', () => {
  let copy: RepoCopy;
  beforeAll(() => {
    copy = copyRepository();
  }, 60_000);
  afterAll(() => copy.dispose());

  it('applies the pending changesets: versions, changelogs, workspace ranges kept', () => {
    const before = readWorkspacePackages(copy.dir);
    const pending = pendingChangesets(copy.dir);
    const expected = expectedVersions(before, pending);
    const rootBefore = readFileSync(join(copy.dir, 'package.json'), 'utf8');

    changesetVersion(copy.dir);

    expect(versions(copy.dir)).toEqual(expected);
    expect(readdirSync(join(copy.dir, '.changeset')).filter((f) => f.endsWith('.md')).sort()).toEqual(['README.md']);
    expect(readFileSync(join(copy.dir, 'package.json'), 'utf8')).toBe(rootBefore); // the private root is not released

    for (const p of readWorkspacePackages(copy.dir)) {
      const old = before.find((b) => b.dir === p.dir);
      if (old?.manifest.version === p.manifest.version) continue;
      const changelog = readFileSync(join(copy.dir, p.dir, 'CHANGELOG.md'), 'utf8');
      expect(changelog.startsWith(`# ${p.manifest.name}\n\n## ${p.manifest.version}\n`), p.manifest.name).toBe(true);
      for (const cs of pending.filter((c) => c.releases.has(p.manifest.name))) {
        const firstLine = cs.summary.split('\n')[0] ?? '';
        expect(changelog, `${p.manifest.name} / ${cs.file}`).toContain(firstLine);
      }
      // Internal ranges stay `workspace:*`: pnpm pack/publish writes the exact versions.
      for (const [dep, range] of Object.entries({ ...p.manifest.dependencies, ...p.manifest.devDependencies })) {
        if (dep.startsWith('@serafin-ph/')) expect(range, `${p.manifest.name} -> ${dep}`).toBe('workspace:*');
      }
    }
  });

  it('a later change to @serafin-ph/nomenclature releases every package that depends on it', () => {
    const before = readWorkspacePackages(copy.dir);
    writeFileSync(join(copy.dir, '.changeset/test-nomenclature.md'), '---\n"@serafin-ph/nomenclature": minor\n---\n\nNouvelle liste ANS.\n');
    const expected = expectedVersions(before, pendingChangesets(copy.dir));

    changesetVersion(copy.dir);

    const after = versions(copy.dir);
    expect(after).toEqual(expected);
    const nomenclature = after.get('@serafin-ph/nomenclature') ?? '';
    for (const p of readWorkspacePackages(copy.dir)) {
      if (p.manifest.private === true || p.manifest.name === '@serafin-ph/nomenclature') continue;
      const runtime = { ...p.manifest.dependencies, ...p.manifest.peerDependencies };
      if (!('@serafin-ph/nomenclature' in runtime)) continue;
      const old = before.find((b) => b.dir === p.dir)?.manifest.version ?? '';
      expect(p.manifest.version, p.manifest.name).toBe(incVersion(old, 'patch'));
      const changelog = readFileSync(join(copy.dir, p.dir, 'CHANGELOG.md'), 'utf8');
      expect(changelog).toContain(`## ${p.manifest.version}\n\n### Patch Changes\n\n- Updated dependencies\n  - @serafin-ph/nomenclature@${nomenclature}`);
    }
    expect(readFileSync(join(copy.dir, 'packages/nomenclature/CHANGELOG.md'), 'utf8')).toContain(
      `## ${nomenclature}\n\n### Minor Changes\n\n- Nouvelle liste ANS.`,
    );
  });
});
