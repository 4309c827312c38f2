/**
 * A one-line progress indicator on standard error, for long batches: shown
 * only when standard error is a terminal, after half a second, refreshed ten
 * times a second at most, and erased before anything else is written.
 */
import { formatCount, plural, type Lang } from '../i18n/messages.js';
import { printable } from './text-reporter.js';

/** The progress indicator of a run. */
export interface Progress {
  /** One more entry done. */
  tick(path: string): void;
  /** Erases the line (before writing other output to the terminal). */
  clear(): void;
  /** Erases the line for good. */
  stop(): void;
}

/** A progress indicator that does nothing. */
export const noProgress: Progress = { tick: () => undefined, clear: () => undefined, stop: () => undefined };

/** Options of {@link terminalProgress}. */
export interface ProgressOptions {
  lang: Lang;
  /** Defaults to `Date.now`. */
  now?: () => number;
  /** Delay before the first display (ms, default 500). */
  delay?: number;
  /** Terminal width (default 80). */
  columns?: number;
}

/** A progress indicator writing to a terminal stream. */
export function terminalProgress(stream: { write(chunk: string): unknown; columns?: number }, options: ProgressOptions): Progress {
  const now = options.now ?? Date.now;
  const started = now();
  const delay = options.delay ?? 500;
  let shown = false;
  let lastDraw = 0;
  let done = 0;
  const clear = (): void => {
    if (shown) stream.write('\r\u001b[2K');
    shown = false;
  };
  return {
    tick(rawPath: string) {
      done++;
      const path = printable(rawPath);
      const t = now();
      if (t - started < delay || t - lastDraw < 100) return;
      lastDraw = t;
      const rate = Math.round((done * 1000) / Math.max(1, t - started));
      const head = `serafin ▸ ${plural(options.lang, done, 'document', 'document')} · ${formatCount(options.lang, rate)}/s · `;
      const width = (options.columns ?? stream.columns ?? 80) - 1;
      const room = Math.max(0, width - head.length);
      const tail = path.length > room ? `…${path.slice(path.length - room + 1)}` : path;
      stream.write(`\r\u001b[2K${head}${room > 0 ? tail : ''}`);
      shown = true;
    },
    clear,
    stop: clear,
  };
}
