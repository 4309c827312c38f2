import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { extractCodeBlocks, guideFiles, parseExpected, runnableModule, runnableSamples, skippedSamples, withExpectations } from './code-samples.js';
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

// The samples are type-checked in scripts/lib/type-tests.test.ts, beside the type tests: the two programs share the package sources
// they both read (parsed and bound once).
