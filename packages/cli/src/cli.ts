#!/usr/bin/env node
/**
 * The `serafin` binary.
 */
import { readFileSync } from 'node:fs';
import { runCli } from './main.js';
import type { ValidateFunction } from './validate/validators-contract.js';
import { bundledWorkerUrl } from './worker-url.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

// A failed output (`| head` closing the pipe, a full disk) never throws: the
// writes are dropped and the command reports it (writeFailure) with its own exit code.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);

/** The validators and the FHIR checks, loaded by the commands that validate only (`serafin --version`: 0.13 CPU-s without them, 0.19 with them). */
async function validator(): Promise<ValidateFunction> {
  const [{ validate }, { withFhir }] = await Promise.all([import('@serafin-ph/validators'), import('./validate/fhir-dispatch.js')]);
  return withFhir(validate);
}

process.exitCode = await runCli(process.argv.slice(2), {
  validator,
  workerUrl: bundledWorkerUrl(),
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
  version,
});
