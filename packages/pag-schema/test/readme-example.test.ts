/** The Ajv example of the README, as written there (imports by package name). */
import { ANNOTATION_KEYWORDS } from '@serafin-ph/pag-schema';
import pagSchema from '@serafin-ph/pag-schema/schemas/pag.schema.json' with { type: 'json' };
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

describe('README example', () => {
  it('compiles the published PAG schema with Ajv2020 strict and reports errors', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    ajv.addVocabulary([...ANNOTATION_KEYWORDS]);
    const validate = ajv.compile(pagSchema);
    expect(validate({ typeDocument: 'pag', versionSchema: '1.0.0' })).toBe(false);
    expect(validate.errors?.map((e) => e.params)).toEqual(expect.arrayContaining([{ missingProperty: 'identifiant' }]));
  });
});
