import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { terminologyServer } from './terminology-server.js';
import { assertValidFhir } from './medplum.js';

const server = terminologyServer();
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/fhir`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function call(path: string, init?: RequestInit): Promise<{ status: number; resource: Resource }> {
  const response = await fetch(`${base}/${path}`, { ...init, signal: AbortSignal.timeout(10_000) });
  const resource = (await response.json()) as Resource;
  assertValidFhir(resource);
  return { status: response.status, resource };
}

describe('the offline terminology endpoint of the guide, on 127.0.0.1', () => {
  it('GET CodeSystem/$lookup', async () => {
    const { status, resource } = await call('CodeSystem/$lookup?system=https://smt.esante.gouv.fr/terminologie-SERAFINPH&code=2.3.1.1');
    expect(status).toBe(200);
    expect(resource.resourceType === 'Parameters' && resource.parameter?.find((p) => p.name === 'display')?.valueString).toBe(
      'Accompagnements à l’expression du projet personnalisé',
    );
  });

  it('POST ConceptMap/$translate with Parameters', async () => {
    const parameters = {
      resourceType: 'Parameters',
      parameter: [
        { name: 'system', valueUri: 'https://mos.esante.gouv.fr/NOS/TRE_R265-PrestationPilotageSerafin/FHIR/TRE-R265-PrestationPilotageSerafin' },
        { name: 'code', valueCode: '011' },
        { name: 'targetsystem', valueUri: 'https://smt.esante.gouv.fr/terminologie-SERAFINPH' },
      ],
    };
    const { status, resource } = await call('ConceptMap/$translate', { method: 'POST', body: JSON.stringify(parameters), headers: { 'content-type': 'application/fhir+json' } });
    expect(status).toBe(200);
    expect(JSON.stringify(resource)).toContain('"code":"2.2.1"');
  });

  it('GET ValueSet/$expand with count, and the error cases', async () => {
    const ok = await call('ValueSet/$expand?url=https://mos.esante.gouv.fr/NOS/JDV_J285-Besoins_SERAFIN/FHIR/JDV-J285-Besoins-SERAFIN&filter=douleur&count=3');
    expect(ok.status).toBe(200);
    expect(ok.resource.resourceType === 'ValueSet' && ok.resource.expansion?.contains?.map((c) => c.code)).toEqual(['1.1.3']);
    expect((await call('ValueSet/$expand?url=http://example.org/nothing')).status).toBe(404);
    expect((await call('CodeSystem/$lookup', { method: 'POST', body: '{not json' })).status).toBe(400);
    expect((await call('Nothing/$here')).status).toBe(404);
  });

  it('the guides show this very server', () => {
    const code = readFileSync(new URL('./terminology-server.ts', import.meta.url), 'utf8').trim();
    for (const guide of ['../../../docs/guides/terminologie-fhir.md', '../../../docs/guides/en/fhir-terminology.md']) {
      expect(readFileSync(new URL(guide, import.meta.url), 'utf8')).toContain(code);
    }
  });
});
