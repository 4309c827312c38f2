/**
 * Worker thread of `serafin validate --jobs N`: parses and validates the
 * document texts it receives with `@serafin-ph/validators`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { validate } from '@serafin-ph/validators';
import { withFhir } from './validate/fhir-dispatch.js';
import { serveChecks, type CheckWorkerData } from './validate/worker-pool.js';

if (parentPort) serveChecks(parentPort, withFhir(validate), (workerData as CheckWorkerData).options);
