/**
 * ANSI colours, on only where they help: a terminal, unless `NO_COLOR` asks
 * otherwise; `FORCE_COLOR` wins over both (as in Node itself).
 */

/** Environment variables read by {@link shouldColor}. */
export type ColorEnv = Readonly<Record<string, string | undefined>>;

/**
 * Whether to colour a stream: `FORCE_COLOR` set to anything but `0`/`false`
 * forces colours, `FORCE_COLOR=0` disables them; otherwise `NO_COLOR` set to a
 * non-empty value disables them (https://no-color.org); otherwise colours go
 * to terminals only, and not to `TERM=dumb`.
 */
export function shouldColor(stream: { isTTY?: boolean }, env: ColorEnv): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  const noColor = env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  return stream.isTTY === true && env['TERM'] !== 'dumb';
}

/** Styling functions; identity when colours are off. */
export interface Palette {
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const wrap =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;
const identity = (text: string): string => text;

/** A palette, coloured or not. */
export function palette(enabled: boolean): Palette {
  if (!enabled) return { red: identity, green: identity, yellow: identity, cyan: identity, dim: identity, bold: identity };
  return { red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}
