import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_KITS } from './documents/all-kits.js';
import { escapeToken, tokens } from './json/pointer.js';
import type { JsonValue } from './json/read-document.js';
import { isNearSchemaName, isShowableKey, MASKED_KEY, maskPath, type MaskedPath } from './mask-keys.js';
import { schemaPropertyNamesIn } from './personal-data-in.js';
import { editDistance } from './suggest.js';
import { DOCUMENT_TYPES } from './types.js';
import type { SchemaInfo } from './structure/schema-info.js';
import { runs } from '../../../scripts/lib/property-runs.js';

const INDEX = /^(?:0|[1-9][0-9]*)$/;

/** maskPath without its shortcut: every key of the pointer asked about, from the root. */
function reference(info: SchemaInfo, root: JsonValue, path: string): MaskedPath {
  if (path === '') return { path, masked: false };
  let out = '';
  let here = '';
  let value: JsonValue | undefined = root;
  let masked = false;
  let position: number | undefined;
  for (const token of tokens(path)) {
    const parentPath = here;
    const parent: JsonValue | undefined = value;
    here = `${here}/${escapeToken(token)}`;
    const isIndex = Array.isArray(parent) && INDEX.test(token);
    if (!isIndex && !isShowableKey(info, here, token, parentPath)) {
      if (!masked && parent !== null && typeof parent === 'object' && !Array.isArray(parent)) {
        const k = Object.keys(parent).indexOf(token);
        if (k >= 0) position = k + 1;
      }
      masked = true;
      out += `/${MASKED_KEY}`;
    } else {
      out += `/${escapeToken(token)}`;
    }
    value = parent !== null && typeof parent === 'object' && Object.prototype.hasOwnProperty.call(parent, token) ? (parent as Record<string, JsonValue>)[token] : undefined;
  }
  return masked ? { path: out, masked, ...(position === undefined ? {} : { position }) } : { path, masked };
}

/** A document holding `path`: at each level an array when the token is an index (and `asArray`), else an object with other keys around it. */
function holding(path: readonly string[], asArray: readonly boolean[], others: readonly string[]): JsonValue {
  let value: JsonValue = 'x';
  for (let i = path.length - 1; i >= 0; i--) {
    const token = path[i] as string;
    if (INDEX.test(token) && asArray[i] === true) {
      const items: JsonValue[] = Array.from({ length: Number(token) + 1 }, () => null);
      items[Number(token)] = value;
      value = items;
    } else {
      const o: Record<string, JsonValue> = {};
      for (const k of others.slice(0, i % 3)) o[k] = 1;
      o[token] = value;
      value = o;
    }
  }
  return value;
}

describe('maskPath answers as the key-by-key reading does', () => {
  const schemaTokens = [...new Set(DOCUMENT_TYPES.flatMap((t) => ALL_KITS[t].rules.info.personalData.flatMap(tokens)))];
  const segment = fc.oneof(
    fc.constantFrom(...schemaTokens, 'nom', 'prenom', 'dateNaissance', 'dateNaissnce', 'Jean Dupont', 'fr.mon-editeur', '0', '2', '12', 'a~b', 'a/b', '*'),
    fc.string({ maxLength: 6 }),
  );
  it('on pointers inside and outside the personal-data areas, in documents that hold them', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DOCUMENT_TYPES),
        fc.array(segment, { maxLength: 7 }),
        fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
        fc.array(segment, { maxLength: 3 }),
        (type, path, asArray, others) => {
          const info = ALL_KITS[type].rules.info;
          const pointer = path.map((t) => `/${escapeToken(t)}`).join('');
          const root = holding(path, asArray, others);
          expect(maskPath(info, root, pointer)).toEqual(reference(info, root, pointer));
          expect(maskPath(info, null, pointer)).toEqual(reference(info, null, pointer));
        },
      ),
      { numRuns: runs(20_000) },
    );
  });

  it('hides a typed key inside an area and nothing outside', () => {
    const info = ALL_KITS.pag.rules.info;
    const root = { situation: { personne: { nom: 'x' }, 'Jean Dupont': { nom: 1 } }, engagements: [{ 'Jean Dupont': 1 }] } as JsonValue;
    expect(maskPath(info, root, '/situation/Jean Dupont/nom')).toEqual({ path: `/situation/${MASKED_KEY}/nom`, masked: true, position: 2 });
    expect(maskPath(info, root, '/engagements/0/Jean Dupont')).toEqual({ path: '/engagements/0/Jean Dupont', masked: false });
  });

  it('finds a near schema name as comparing with every name does', () => {
    const names = [...schemaPropertyNamesIn(ALL_KITS.pag.rules.info)];
    const near = (key: string): boolean => key.length >= 6 && key.length <= 64 && names.some((n) => editDistance(key, n, 2) <= 2);
    const key = fc.oneof(
      fc
        .constantFrom(...names)
        .chain((n) => fc.tuple(fc.nat({ max: n.length }), fc.nat({ max: n.length }), fc.string({ maxLength: 3 })).map(([a, b, x]) => `${n.slice(0, a)}${x}${n.slice(b)}`)),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(key, (k) => {
        expect(isNearSchemaName(ALL_KITS.pag.rules.info, k)).toBe(near(k));
      }),
      { numRuns: runs(5_000) },
    );
  });
});
