#!/usr/bin/env node
/**
 * The `serafin` binary.
 */
import { readFileSync } from 'node:fs';
import { validate } from '@serafin-ph/validators';
import { runCli } from './main.js';
import { withFhir } from './validate/fhir-dispatch.js';
import { bundledWorkerUrl } from './worker-url.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

// A failed output (`| head` closing the pipe, a full disk) never throws: the
// writes are dropped and the command reports it (writeFailure) with its own exit code.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);

process.exitCode = await runCli(process.argv.slice(2), {
  validate: withFhir(validate),
  workerUrl: bundledWorkerUrl(),
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
  version,
});
