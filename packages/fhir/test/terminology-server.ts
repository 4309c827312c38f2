import { createServer, type IncomingMessage, type Server } from 'node:http';
import { expandOperation, lookupOperation, operationStatus, subsumesOperation, translateOperation, validateCodeInValueSetOperation, validateCodeOperation } from '@serafin-ph/fhir';

const OPERATIONS: Record<string, (input: unknown) => { resourceType: string }> = {
  'CodeSystem/$lookup': lookupOperation,
  'CodeSystem/$validate-code': validateCodeOperation,
  'CodeSystem/$subsumes': subsumesOperation,
  'ValueSet/$validate-code': validateCodeInValueSetOperation,
  'ValueSet/$expand': expandOperation,
  'ConceptMap/$translate': translateOperation,
};

/** GET ?system=…&code=… becomes a Parameters resource (every value as a string). */
function fromQuery(url: URL) {
  const parameter = [...url.searchParams].map(([name, value]) => ({ name, valueString: value }));
  return { resourceType: 'Parameters', parameter };
}

async function body(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 1_000_000) return undefined; // refuse large bodies
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

/** An offline FHIR terminology endpoint: `/fhir/CodeSystem/$lookup`, `/fhir/ValueSet/$expand`… */
export function terminologyServer(): Server {
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const operation = OPERATIONS[url.pathname.replace(/^\/fhir\//, '')];
    let result: { resourceType: string };
    if (operation === undefined) {
      result = { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-found', details: { text: 'Unknown operation' } }] } as { resourceType: string };
    } else {
      result = operation(request.method === 'POST' ? await body(request) : fromQuery(url));
    }
    response.writeHead(operation === undefined ? 404 : operationStatus(result), { 'content-type': 'application/fhir+json; charset=utf-8' });
    response.end(JSON.stringify(result));
  });
}
