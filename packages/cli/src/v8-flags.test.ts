import { describe, expect, it } from 'vitest';
import { v8FlagsFor } from './v8-flags.js';

describe('v8FlagsFor', () => {
  it('turns TurboFan inlining off for serafin validate on JSON files and folders', () => {
    expect(v8FlagsFor(['validate', 'inbox/'])).toEqual(['--no-turbo-inlining']);
    expect(v8FlagsFor(['validate', '--quiet', '--date', '2025-12-01', 'a.json', 'b.json'])).toEqual(['--no-turbo-inlining']);
    expect(v8FlagsFor(['--lang', 'en', 'validate', 'inbox/'])).toEqual(['--no-turbo-inlining']);
    expect(v8FlagsFor(['--lang=en', 'validate', '-'])).toEqual(['--no-turbo-inlining']);
  });

  it('keeps V8 defaults when the command line names NDJSON', () => {
    expect(v8FlagsFor(['validate', 'export.ndjson'])).toEqual([]);
    expect(v8FlagsFor(['validate', 'inbox/', 'EXPORT.JSONL'])).toEqual([]);
    expect(v8FlagsFor(['validate', '--ndjson', '-'])).toEqual([]);
  });

  it('keeps V8 defaults for every other command', () => {
    expect(v8FlagsFor([])).toEqual([]);
    expect(v8FlagsFor(['nomenclature', 'validate'])).toEqual([]);
    expect(v8FlagsFor(['render', 'pag.json'])).toEqual([]);
    expect(v8FlagsFor(['--lang', 'fr'])).toEqual([]);
  });
});
