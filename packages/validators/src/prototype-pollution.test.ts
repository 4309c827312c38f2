import { afterEach, describe, expect, it } from 'vitest';
import { validate } from './index.js';

const proto = Object.prototype as Record<string, unknown>;

describe('a polluted Object.prototype is not honoured (a hostile input or environment never changes the verdict)', () => {
  afterEach(() => {
    delete proto['typeDocument'];
    delete proto['includePersonalData'];
  });

  it('reads typeDocument and the options from own properties only', () => {
    proto['typeDocument'] = 'pag';
    proto['includePersonalData'] = true;
    const report = validate({});
    expect(report.typeDocument).toBeNull();
    expect(report.valid).toBe(false);
    const secret = 'Sentinelle-Dupont';
    const named = validate({ typeDocument: 'pag', situation: { personne: { nomNaissance: 42, prenoms: secret } } }, {});
    expect(JSON.stringify(named.issues)).not.toContain(secret);
  });
});
