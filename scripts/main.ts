/**
 * The README's main job. Until the validators and the CLI exist, it is a tour
 * of @serafin-ph/nomenclature: one answer per API, computed live.
 */
import { interpretations, isAmbiguous, lookup, search, subsumes, translate, validateCode, valueSet } from '@serafin-ph/nomenclature';

const line = (label: string, value: unknown): void => console.log(`${label.padEnd(48)} ${typeof value === 'string' ? value : JSON.stringify(value)}`);

console.log('@serafin-ph/nomenclature — SERAFIN-PH, ANS 2023.1.0\n');
line("lookup('2.3.3.1')", lookup('2.3.3.1')?.display);
line("lookup('2.2.1') (ans-2023 par défaut)", lookup('2.2.1')?.display);
line("lookup('2.2.1.1', { numbering: 'cnsa-2018' })", lookup('2.2.1.1', { numbering: 'cnsa-2018' })?.code);
line("isAmbiguous('2.2.1')", isAmbiguous('2.2.1'));
line("interpretations('2.2.1') numberings", interpretations('2.2.1').map((i) => i.numbering));
line("translate('2.2.1.2', cnsa-2018 → ans-2023)", translate('2.2.1.2', { from: 'cnsa-2018', to: 'ans-2023' }).matches.map((m) => `${m.code} (${m.equivalence})`));
line("translate('011', ror-r265 → ans-2023)", translate('011', { from: 'ror-r265', to: 'ans-2023' }).matches.map((m) => `${m.code} (${m.equivalence})`));
line("subsumes('2.3', '2.3.3.1')", subsumes('2.3', '2.3.3.1'));
line("validateCode('3.1.1', { valueSet: 'J284' })", validateCode('3.1.1', { valueSet: 'J284' }).message);
line("validateCode('2.4.1', { activeOnly: true })", validateCode('2.4.1', { activeOnly: true }).message);
line("search('scolarite')", search('scolarite', { limit: 3 }).map((h) => `${h.concept.code} ${h.concept.display}`));
line('J282 / J283 / J284 / J285 sizes', ['J282', 'J283', 'J284', 'J285'].map((id) => valueSet(id).codes.length));
