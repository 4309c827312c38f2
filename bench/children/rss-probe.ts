/**
 * Preloaded into the measured Node processes (`node --import`): writes the
 * peak resident memory of the process (KiB, worker threads included) to the
 * file named by `BENCH_RSS_FILE` when it exits.
 */
import { writeFileSync } from 'node:fs';

const file = process.env['BENCH_RSS_FILE'];
if (file !== undefined && file !== '') {
  process.on('exit', () => {
    try {
      writeFileSync(file, String(process.resourceUsage().maxRSS));
    } catch {
      // nothing to report
    }
  });
}
