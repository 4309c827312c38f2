import { describe, expect, it } from 'vitest';
import { terminalProgress } from './progress.js';

describe('terminalProgress', () => {
  it('stays silent for short runs, then draws at most ten times a second and erases itself', () => {
    let now = 0;
    const out: string[] = [];
    const progress = terminalProgress({ write: (s) => void out.push(s), columns: 60 }, { lang: 'fr', now: () => now });
    progress.tick('a.json');
    now = 400;
    progress.tick('b.json');
    expect(out).toEqual([]); // before 500 ms
    now = 1000;
    progress.tick('c.json');
    expect(out).toEqual(['\r\u001b[2Kserafin ▸ 3 documents · 3/s · c.json']);
    now = 1050;
    progress.tick('d.json');
    expect(out).toHaveLength(1); // throttled
    now = 2000;
    progress.tick(`very/long/path/${'x'.repeat(80)}.json`);
    expect(out[1]!.length).toBeLessThanOrEqual(5 + 59);
    expect(out[1]).toContain('…');
    progress.clear();
    expect(out[2]).toBe('\r\u001b[2K');
    progress.stop();
    expect(out).toHaveLength(3); // nothing left to erase
  });

  it('never writes control characters from a file name', () => {
    let now = 0;
    const out: string[] = [];
    const progress = terminalProgress({ write: (s) => void out.push(s) }, { lang: 'en', now: () => now, delay: 0 });
    now = 200;
    progress.tick('evil\u001b[31m.json');
    expect(out[0]).toContain('evil\uFFFD[31m.json');
  });
});
