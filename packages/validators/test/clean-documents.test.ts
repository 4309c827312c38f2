import { describe, expect, it } from 'vitest';
import { validate } from '../src/index.js';
import { cleanConvention, cleanPag, cleanTableau } from './support/documents.js';
import { REFERENCE_DATE } from './support/rule-test.js';

describe('the clean test documents', () => {
  it.each([
    ['pag', cleanPag()],
    ['convention-territoriale', cleanConvention()],
    ['tableau-derogations', cleanTableau()],
  ])('%s raises no error or warning and every rule runs', (type, doc) => {
    const report = validate(doc, { referenceDate: REFERENCE_DATE });
    expect(report.typeDocument).toBe(type);
    // Information notes aside (PAG-CODES-007: bare codes spelt like other CNSA 2018 concepts).
    expect(report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.rulesNotRun).toEqual([]);
  });
});
