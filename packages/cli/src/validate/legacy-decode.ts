/**
 * Windows-1252 and ISO-8859-1 decoding by iconv-lite, loaded the first time
 * it is needed: only `--encoding windows-1252|latin1` uses it (a text that is
 * not UTF-8 is described by `@serafin-ph/validators/bytes`), and loading it
 * costs about 7 ms of CPU time at every start (measured on Node 20.20), in
 * each worker too.
 */
import { createRequire } from 'node:module';

type Iconv = { decode(bytes: Buffer, encoding: string): string };

let iconv: Iconv | undefined;

/** Decodes `bytes` read in `encoding` (`windows-1252` or `latin1`). */
export function decodeLegacy(bytes: Uint8Array, encoding: 'windows-1252' | 'latin1'): string {
  iconv ??= createRequire(import.meta.url)('iconv-lite') as Iconv;
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}
