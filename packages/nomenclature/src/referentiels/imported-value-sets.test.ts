import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  findReferentiel,
  jdvJ264ModePriseEnChargeMdph,
  jdvJ264ModePriseEnChargeMdphV20260601120000,
  jdvJ30TemporaliteAccueilRor,
  jdvJ394TypeDemandeCompensationMs,
  jdvJ398TypeDecisionMs,
  jdvJ400NatureDroitPrestationMs,
  jdvJ401CategorieDroitPrestationMs,
  jdvJ402TypeDroitPrestationMs,
  jdvJ403MotifFinPagMs,
  jdvJ404QualificationOrientationMs,
  jdvJ408OrientationMs,
  referentielVersions,
  TRE_R327_SYSTEM,
  treR417TypeDemandeCompensation,
  treR421MotifFinPag,
  treR422QualificationOrientation,
  type AnyReferentiel,
} from '../referentiels.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const J264_URL = 'https://mos.esante.gouv.fr/NOS/JDV_J264-ModeEtCentreDePriseEnCharge-MDPH/FHIR/JDV-J264-ModeEtCentreDePriseEnCharge-MDPH';
const R213 = 'https://mos.esante.gouv.fr/NOS/TRE_R213-ModePriseEnCharge/FHIR/TRE-R213-ModePriseEnCharge';
const R397 = 'https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r397-categorie-entite-geographique-exercice';

function pairs(l: AnyReferentiel): string[] {
  return 'hasToken' in l ? l.expand().map((m) => `${m.system}|${m.code}|${m.display}`) : l.expand().map((c) => `${l.system}|${c.code}|${c.display}`);
}

describe('value sets imported from the ANS FHIR publications', () => {
  it('JDV_J398 and JDV_J400 are the TRE_R327 codes of their compose, with the published displays', () => {
    expect(jdvJ398TypeDecisionMs.system).toBe(TRE_R327_SYSTEM);
    expect(jdvJ398TypeDecisionMs.expand().map((c) => [c.code, c.display])).toEqual([
      ['1', 'Attribution'],
      ['5', 'Clôture de droit'],
    ]);
    expect(jdvJ400NatureDroitPrestationMs.expand().map((c) => c.code)).toEqual(['1', '6', '7']);
    expect(jdvJ398TypeDecisionMs.validateCode('2').result).toBe(false);
    expect(jdvJ398TypeDecisionMs.validateCode('5', { display: 'Clôture de droit' })).toMatchObject({ result: true, display: 'Clôture de droit' });
    expect(jdvJ400NatureDroitPrestationMs.lookup('7')?.display).toBe('Révision');
    expect(jdvJ398TypeDecisionMs.metadata).toMatchObject({
      url: 'https://smt.esante.gouv.fr/fhir/ValueSet/jdv-j398-type-decision-ms',
      oid: '1.2.250.1.213.3.4.238',
      version: '20260505120000',
      status: 'draft',
    });
  });

  it('filters on status are expanded from the held code systems (J403 = TRE_R421, J404 = TRE_R422, J394 = TRE_R417, active codes)', () => {
    const active = (l: typeof treR421MotifFinPag | typeof treR422QualificationOrientation | typeof treR417TypeDemandeCompensation) =>
      l.expand({ activeOnly: true }).map((c) => [c.code, c.display]);
    expect(jdvJ403MotifFinPagMs.expand().map((c) => [c.code, c.display])).toEqual(active(treR421MotifFinPag));
    expect(jdvJ404QualificationOrientationMs.expand().map((c) => [c.code, c.display])).toEqual(active(treR422QualificationOrientation));
    expect(jdvJ394TypeDemandeCompensationMs.expand().map((c) => [c.code, c.display])).toEqual(active(treR417TypeDemandeCompensation));
    // Byte-exact display with its typographic apostrophe, read in TRE_R421.
    expect(jdvJ403MotifFinPagMs.lookup('5')?.display).toBe('Demande de l\u2019usager');
    expect(jdvJ403MotifFinPagMs.validateCode('5', { display: "Demande de l'usager", displayMatch: 'exact' }).result).toBe(false);
  });

  it('JDV_J30 holds TRE_R240 01 and 02, leading zeros kept', () => {
    expect(jdvJ30TemporaliteAccueilRor.expand().map((c) => [c.code, c.display])).toEqual([
      ['01', 'Temporaire'],
      ['02', 'Permanent'],
    ]);
    expect(jdvJ30TemporaliteAccueilRor.has('1')).toBe(false);
    expect(jdvJ30TemporaliteAccueilRor.metadata.oid).toBe('1.2.250.1.213.3.3.32');
  });

  it('the imported J401, J402, J408 and J264 (July) equal the transcribed lists, codes and displays', () => {
    const imported = (name: string) => {
      const d = JSON.parse(readFileSync(join(packageRoot, 'data', 'value-sets', name), 'utf8')) as { concepts: { system: string; code: string; display: string }[] };
      return d.concepts.map((c) => `${c.system}|${c.code}|${c.display}`);
    };
    // Same members and displays; the order may differ (the transcribed J402 follows the IG page's expansion, the import the code system).
    expect(imported('jdv-j401-categorie-droit-prestation-ms.v20260505120000.json')).toEqual(pairs(jdvJ401CategorieDroitPrestationMs));
    expect([...imported('jdv-j402-type-droit-prestation-ms.v20260505120000.json')].sort()).toEqual([...pairs(jdvJ402TypeDroitPrestationMs)].sort());
    expect([...imported('jdv-j408-orientation-ms.v20260601120000.json')].sort()).toEqual([...pairs(jdvJ408OrientationMs)].sort());
    expect(imported('jdv-j264-mode-et-centre-de-prise-en-charge-mdph.v20260730120000.json')).toEqual(pairs(jdvJ264ModePriseEnChargeMdph));
  });
});

describe('JDV_J264 in its two 2026 versions', () => {
  it('defaults to the newest version; a binding may name the earlier one', () => {
    expect(findReferentiel('JDV_J264')).toBe(jdvJ264ModePriseEnChargeMdph);
    expect(findReferentiel(J264_URL)?.metadata.version).toBe('20260730120000');
    expect(findReferentiel(J264_URL, { version: '20260601120000' })).toBe(jdvJ264ModePriseEnChargeMdphV20260601120000);
    expect(findReferentiel(`${J264_URL}|20260601120000`)).toBe(jdvJ264ModePriseEnChargeMdphV20260601120000);
    expect(findReferentiel(`${J264_URL}|20260730120000`)).toBe(jdvJ264ModePriseEnChargeMdph);
    expect(findReferentiel('urn:oid:1.2.250.1.213.3.4.105', { version: '20260601120000' })).toBe(jdvJ264ModePriseEnChargeMdphV20260601120000);
    // A version the project does not hold is never replaced by another one.
    expect(findReferentiel(J264_URL, { version: '20250101120000' })).toBeUndefined();
    expect(findReferentiel(`${J264_URL}|20260601120000`, { version: '20260730120000' })).toBeUndefined();
    expect(referentielVersions('JDV_J264').map((l) => l.metadata.version)).toEqual(['20260601120000', '20260730120000']);
  });

  it('June holds TRE_R213 49 and not TRE_R397 238; July the reverse', () => {
    const june = jdvJ264ModePriseEnChargeMdphV20260601120000;
    expect(june.metadata.id).toBe('JDV_J264');
    expect(june.has({ system: R213, code: '49' })).toBe(true);
    expect(june.has({ system: R397, code: '238' })).toBe(false);
    expect(june.lookup(R213, '49')?.display).toBe('Sur les lieux de vie');
    expect(jdvJ264ModePriseEnChargeMdph.has({ system: R213, code: '49' })).toBe(false);
    expect(jdvJ264ModePriseEnChargeMdph.has({ system: R397, code: '238' })).toBe(true);
    expect(june.validateCoding({ system: R213, code: '46', display: 'Hébergement (accueil jour et nuit)' }).result).toBe(true);
  });
});
