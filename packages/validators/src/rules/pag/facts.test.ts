import { describe, expect, it } from 'vitest';
import { info } from '../../generated/structure/pag-info.js';
import { PAG_CODE_POSITIONS } from './facts.js';

describe('PAG_CODE_POSITIONS', () => {
  it('lists exactly the places of SERAFIN-PH codes in the published schema', () => {
    expect([...PAG_CODE_POSITIONS].map((p) => ({ ...p }))).toEqual(info.codes.map((c) => ({ ...c })));
  });
});
