import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { extractCodeBlocks, parseExpected, runnableModule, runnableSamples, skippedSamples, withExpectations } from './code-samples.js';
import { createSampleWorkspace, REPO_ROOT } from './sample-workspace.js';

describe('extractCodeBlocks', () => {
  it('finds fenced blocks with their language, flags and line', () => {
    const md = ['# T', '', '```ts', 'const a = 1;', '```', 'text', '~~~bash', 'ls', '~~~', '', '```ts no-run', 'x', '```'].join('\n');
    expect(extractCodeBlocks(md)).toEqual([
      { lang: 'ts', flags: [], code: 'const a = 1;', line: 3 },
      { lang: 'bash', flags: [], code: 'ls', line: 7 },
      { lang: 'ts', flags: ['no-run'], code: 'x', line: 11 },
    ]);
    expect(runnableSamples(md).map((s) => s.line)).toEqual([3]);
    expect(skippedSamples(md).map((s) => s.line)).toEqual([11]);
  });

  it('keeps a longer fence open across a shorter one', () => {
    const md = ['````md', '```ts', 'inner', '```', '````'].join('\n');
    expect(extractCodeBlocks(md)).toEqual([{ lang: 'md', flags: [], code: '```ts\ninner\n```', line: 1 }]);
  });
});

describe('expected-value comments', () => {
  it('parses literals followed by nothing or by prose', () => {
    expect(parseExpected("'2.2.2'")).toEqual({ kind: 'equal', value: '2.2.2' });
    expect(parseExpected('false : même concept partout')).toEqual({ kind: 'equal', value: false });
    expect(parseExpected("['cnsa-2018'] : précisez")).toEqual({ kind: 'equal', value: ['cnsa-2018'] });
    expect(parseExpected('3')).toEqual({ kind: 'equal', value: 3 });
    expect(parseExpected('null')).toEqual({ kind: 'equal', value: null });
    expect(parseExpected("'Accompagnements…'")).toEqual({ kind: 'prefix', value: 'Accompagnements' });
  });

  it('leaves prose and partial literals alone', () => {
    expect(parseExpected('→ 2.2.2, equivalent')).toBeUndefined();
    expect(parseExpected("['1.3.3.1', '2.3.3.1', …]")).toBeUndefined();
    expect(parseExpected('3rd item')).toBeUndefined();
    expect(parseExpected('trueish')).toBeUndefined();
  });

  it('rewrites only whole expression statements', () => {
    const code = ["isAmbiguous('2.2.1'); // true", "const r = f(); // 'x'", "if (ok) r.a; // ['b']", "lookup('https://a//b')?.code; // '1'", 'g(; // 1', '// h(); // 2'].join('\n');
    const out = withExpectations(code);
    expect(out.expectations).toBe(2);
    expect(out.code.split('\n')[0]).toBe(`__expectSample(isAmbiguous('2.2.1'), {"kind":"equal","value":true}, 1); // true`);
    expect(out.code.split('\n')[3]).toContain(`__expectSample(lookup('https://a//b')?.code, {"kind":"equal","value":"1"}, 4)`);
    expect(out.code.split('\n').slice(1, 3)).toEqual(code.split('\n').slice(1, 3));
  });
});

/** Markdown files whose TypeScript samples are run. */
function guideFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) out.push(p);
    }
  };
  walk(join(REPO_ROOT, 'docs/guides'));
  out.push(join(REPO_ROOT, 'packages/nomenclature/README.md'));
  return out.sort();
}

describe('code samples of the guides run against the sources', () => {
  const workspace = createSampleWorkspace();
  afterAll(() => workspace.dispose());
  const files = guideFiles();

  it('every guide has a French and an English version with samples', () => {
    const guides = files.filter((f) => f.includes('/docs/guides/'));
    const fr = guides.filter((f) => !f.includes('/guides/en/'));
    const en = guides.filter((f) => f.includes('/guides/en/'));
    expect(fr.length).toBeGreaterThanOrEqual(5);
    expect(en.length).toBe(fr.length);
  });

  for (const file of files) {
    const name = relative(REPO_ROOT, file);
    const samples = runnableSamples(readFileSync(file, 'utf8'));
    for (const sample of samples) {
      it(`${name}:${sample.line}`, async () => {
        const { source } = runnableModule(sample);
        const path = join(workspace.dir, `${name.replaceAll('/', '__')}-${sample.line}.ts`);
        writeFileSync(path, source);
        const log = vi.spyOn(console, 'log').mockImplementation(() => {});
        try {
          await import(/* @vite-ignore */ pathToFileURL(path).href);
        } finally {
          log.mockRestore();
        }
      });
    }
  }
});

describe('code samples of the guides type-check', () => {
  it('the TypeScript checker accepts every runnable sample (strict, NodeNext, source condition)', () => {
    const workspace = createSampleWorkspace();
    try {
      const names: string[] = [];
      for (const file of guideFiles()) {
        const name = relative(REPO_ROOT, file).replaceAll('/', '__');
        for (const sample of runnableSamples(readFileSync(file, 'utf8'))) {
          const path = `${name}-${sample.line}.ts`;
          writeFileSync(join(workspace.dir, path), runnableModule(sample).source);
          names.push(path);
        }
      }
      writeFileSync(
        join(workspace.dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            customConditions: ['@serafin-ph/source'],
            strict: true,
            exactOptionalPropertyTypes: true,
            noUncheckedIndexedAccess: true,
            skipLibCheck: true,
            noEmit: true,
            types: ['node'],
            lib: ['ES2022'],
          },
          files: names,
        }),
      );
      // One program, as `tsc -p` builds it, but only the samples are checked: errors inside the packages'
      // own sources are the packages' business (pnpm typecheck), and the checker reads of them only what
      // the samples use (about a third of the time of a whole `tsc -p`).
      const config = ts.getParsedCommandLineOfConfigFile(join(workspace.dir, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
      expect(config?.errors ?? ['no configuration']).toEqual([]);
      const program = ts.createProgram({ rootNames: config!.fileNames, options: config!.options });
      const samples = program.getRootFileNames().map((f) => program.getSourceFile(f)!);
      expect(samples.map((f) => relative(workspace.dir, f.fileName)).sort()).toEqual([...names].sort());
      const diagnostics = [...program.getOptionsDiagnostics(), ...samples.flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)])];
      const sampleErrors = diagnostics.map((d) => {
        const where = d.file === undefined ? '' : `${relative(workspace.dir, d.file.fileName)}(${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}): `;
        return `${where}error TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
      expect(sampleErrors).toEqual([]);
      expect(names.length).toBeGreaterThan(20);
    } finally {
      workspace.dispose();
    }
  }, 120_000);
});
