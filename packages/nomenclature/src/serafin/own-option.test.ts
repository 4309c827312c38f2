import { afterEach, describe, expect, it } from 'vitest';
import { SERAFIN_DEFINITIONS } from '../generated/serafin-definitions.js';
import { translate } from '../numbering/translate.js';
import { lookup } from './lookup.js';
import { search } from './search.js';
import { validateCode } from './validate-code.js';

const proto = Object.prototype as Record<string, unknown>;
/** Every option of lookup, validateCode, search and translate, each with a value that changes the answer when honoured. */
const POLLUTION: Readonly<Record<string, unknown>> = {
  numbering: 'cnsa-2018',
  definitions: SERAFIN_DEFINITIONS,
  lang: 'en',
  valueSet: 'J284',
  display: 'autre libellé',
  activeOnly: true,
  branch: 'besoins',
  limit: 0,
  from: 'cnsa-2018',
  to: 'ror-r265',
};
afterEach(() => {
  for (const k of Object.keys(POLLUTION)) delete proto[k];
});

/** The answers of the four functions on codes and queries whose answer each option changes. */
function answers(options: unknown): string {
  const o = options as never;
  return JSON.stringify([
    ['2.2.1.1', '2.2.1', '3.2.2.1', '2.3.2', '9.9'].map((code) => [lookup(code, o), validateCode(code, o)]),
    ['scolarite', 'logement'].map((q) => search(q, o).map((h) => [h.concept.code, h.matchedIn])),
    translate('2.2.1.2', o),
  ]);
}

describe('options of lookup, validateCode, search and translate', () => {
  it('a member inherited from a polluted Object.prototype is no option: the answers are those without options', () => {
    const none = answers(undefined);
    const empty = answers({});
    for (const [k, v] of Object.entries(POLLUTION)) proto[k] = v;
    expect(answers(undefined)).toBe(none);
    expect(answers({})).toBe(empty);
    // An option the caller gives is still read.
    expect(lookup('2.2.1.1', { numbering: 'cnsa-2018' })?.code).toBe('2.2.1');
    expect(validateCode('9.9', { lang: 'fr' }).message).toMatch(/^Code "9\.9" inconnu/);
  });

  it('options that are not an object (null, a string, a number from JavaScript) count as none, and nothing throws', () => {
    const none = answers(undefined);
    for (const options of [null, 'cnsa-2018', 42, true]) expect(answers(options)).toBe(none);
    // translate keeps its own answer to a missing target: invalid input, not a throw.
    expect(translate('2.2.1', null as never).status).toBe('invalid-input');
  });

  it('options whose members throw when read count as none', () => {
    const throwing = new Proxy(
      {},
      {
        has: () => {
          throw new Error('has');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('descriptor');
        },
        get: () => {
          throw new Error('get');
        },
      },
    );
    expect(answers(throwing)).toBe(answers(undefined));
  });
});
