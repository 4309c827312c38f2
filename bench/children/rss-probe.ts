/**
 * Preloaded into the measured Node processes (`node --import`): writes the
 * peak resident memory of the process (KiB, worker threads included) and the
 * CPU time it used (user + system, microseconds, every thread: the compiler's
 * and the garbage collector's included) to the file named by
 * `BENCH_RSS_FILE` when it exits, as `maxRSS cpu`.
 */
import { writeFileSync } from 'node:fs';

const file = process.env['BENCH_RSS_FILE'];
if (file !== undefined && file !== '') {
  process.on('exit', () => {
    try {
      const usage = process.resourceUsage();
      writeFileSync(file, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`);
    } catch {
      // nothing to report
    }
  });
}
