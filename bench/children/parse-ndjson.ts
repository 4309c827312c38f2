/**
 * The practical floor of stream validation: read an NDJSON file as a stream
 * (1 MiB chunks) and `JSON.parse` every line, nothing else.
 */
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: parse-ndjson <file>');
let documents = 0;
let failed = 0;
let rest = '';
const decoder = new StringDecoder('utf8');
const parseLine = (line: string): void => {
  if (line.trim() === '') return;
  try {
    JSON.parse(line);
    documents++;
  } catch {
    failed++;
  }
};
for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
  const text = rest + decoder.write(chunk as Buffer);
  let start = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
    parseLine(text.slice(start, nl));
    start = nl + 1;
  }
  rest = text.slice(start);
}
parseLine(rest + decoder.end());
process.stdout.write(`${JSON.stringify({ documents, failed })}\n`);
process.exitCode = failed > 0 ? 2 : 0;
