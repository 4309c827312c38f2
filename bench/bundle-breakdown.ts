/**
 * Ce qu'un bundle contient, fichier source par fichier source : octets minifiés
 * (métafichier d'esbuild) et contribution au gzip (la taille gzip du bundle
 * entier moins celle du bundle privé des octets que la carte des sources
 * attribue à ce fichier). Des tailles, pas des durées.
 *
 * What a bundle holds, per source file: minified bytes (esbuild's metafile)
 * and gzip contribution (the whole bundle's gzip size minus that of the bundle
 * without the bytes the source map attributes to the file).
 *
 * Usage: `node --import tsx bench/bundle-breakdown.ts [--dist] [--top N] ["<entry code>"]`
 * (default entry: the French PAG form, `export { validatePag, assertValidPag, message, ValidationError } from '@serafin-ph/validators/pag'`;
 * `--dist` resolves packages to their built `dist/`, otherwise to their sources; platform `browser`, as a browser
 * bundler resolves the packages: the `browser` condition and its size-first builds).
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { ROOT } from './lib/programs.js';

const args = process.argv.slice(2);
const fromDist = args.includes('--dist');
const topIndex = args.indexOf('--top');
const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 40;
const entry =
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--top') ?? "export { validatePag, assertValidPag, message, ValidationError } from '@serafin-ph/validators/pag';";

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one line of source-map segments into [generatedColumn, sourceIndex] pairs. */
function decodeLine(line: string, state: { source: number }): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let column = 0;
  for (const segment of line.split(',')) {
    if (segment === '') continue;
    const values: number[] = [];
    let value = 0;
    let shift = 0;
    for (const ch of segment) {
      const digit = BASE64.indexOf(ch);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    column += values[0]!;
    if (values.length > 1) state.source += values[1]!;
    out.push([column, values.length > 1 ? state.source : -1]);
  }
  return out;
}

const result = await build({
  stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  conditions: fromDist ? [] : ['@serafin-ph/source'],
  mainFields: ['module', 'main'],
  write: false,
  metafile: true,
  sourcemap: 'external',
  outfile: 'out.js',
  logLevel: 'silent',
});
const code = result.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
const map = JSON.parse(result.outputFiles.find((f) => f.path.endsWith('.map'))!.text) as { sources: string[]; mappings: string };

// Attribute every output character to the source of the last mapping at or before it.
const owner = new Int32Array(code.length).fill(-1);
const lines = code.split('\n');
const mappingLines = map.mappings.split(';');
const state = { source: 0 };
let offset = 0;
for (let l = 0; l < lines.length; l++) {
  const segments = decodeLine(mappingLines[l] ?? '', state);
  const length = lines[l]!.length;
  for (let s = 0; s < segments.length; s++) {
    const [start, source] = segments[s]!;
    const end = s + 1 < segments.length ? segments[s + 1]![0] : length;
    owner.fill(source, offset + start, offset + Math.min(end, length));
  }
  offset += length + 1;
}

const total = gzipSync(code).length;
const KiB = (n: number) => (n / 1024).toFixed(2);
const rows: Array<{ file: string; minified: number; gzip: number }> = [];
const metaInputs = result.metafile.outputs[Object.keys(result.metafile.outputs).find((k) => k.endsWith('.js'))!]!.inputs;
const minifiedOf = new Map<string, number>();
for (const [path, info] of Object.entries(metaInputs)) minifiedOf.set(path.replace(/^.*?(packages\/)/, '$1'), info.bytesInOutput);
const short = (p: string) => p.replace(/^.*?(packages\/)/, '$1');
for (let s = 0; s < map.sources.length; s++) {
  let without = '';
  let start = -1;
  const parts: string[] = [];
  for (let i = 0; i < code.length; i++) {
    if (owner[i] === s) {
      if (start >= 0) parts.push(code.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) parts.push(code.slice(start));
  without = parts.join('');
  if (without.length === code.length) continue;
  const file = short(map.sources[s]!);
  rows.push({ file, minified: minifiedOf.get(file) ?? code.length - without.length, gzip: total - gzipSync(without).length });
}
rows.sort((a, b) => b.gzip - a.gzip);
console.log(`entry: ${entry}\nfrom: ${fromDist ? 'dist' : 'sources'}; minified ${KiB(code.length)} KiB; gzip ${KiB(total)} KiB (${total} B)`);
console.log('gzip KiB  min KiB  file');
for (const r of rows.slice(0, top)) console.log(`${KiB(r.gzip).padStart(8)}  ${KiB(r.minified).padStart(7)}  ${r.file}`);
const rest = rows.slice(top);
if (rest.length) console.log(`${KiB(rest.reduce((n, r) => n + r.gzip, 0)).padStart(8)}  ${KiB(rest.reduce((n, r) => n + r.minified, 0)).padStart(7)}  (${rest.length} more files)`);
console.log(`sum of contributions ${KiB(rows.reduce((n, r) => n + r.gzip, 0))} KiB (gzip shares repeated strings: the sum differs from the total)`);
