import { describe, expect, it } from 'vitest';
import { lookup, SERAFIN_CODES, toAns2023 } from '@serafin-ph/nomenclature';
import { info } from '../../../generated/structure/pag-info.js';
import { PAG_CODE_POSITIONS } from './facts.js';

describe('PAG_CODE_POSITIONS', () => {
  it('lists exactly the places of SERAFIN-PH codes in the published schema', () => {
    expect([...PAG_CODE_POSITIONS].map((p) => ({ ...p }))).toEqual(info.codes.map((c) => ({ ...c })));
  });
});

describe('reading codes in the ANS 2023 numbering', () => {
  it('every concept code is its own ANS 2023 translation (the facts look ANS codes up directly)', () => {
    for (const code of SERAFIN_CODES) expect(toAns2023(code, 'ans-2023')).toBe(code);
    for (const code of ['', '2.2.1.2', '9', '1.1.1.10', '2.3.4.4']) expect(lookup(code) === undefined).toBe(toAns2023(code, 'ans-2023') === undefined);
  });
});
