import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, ruleById } from '../src/index.js';
import { RULE_DOCS, RULE_SETS } from '../src/rules/registry.js';
import { DOCUMENT_TYPES } from '../src/types.js';
import { packageRoot } from '../scripts/generators/index.js';
import { RULES_DOC_PATH } from '../scripts/generators/rules-doc.js';

describe('RULES', () => {
  it('has unique, stable-looking ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(?:STRUCTURE|OPTIONS|PAG|CONV|TAB)-[A-Z0-9-]+$/);
  });

  it('documents every rule in French and English, with its source', () => {
    for (const r of RULES) {
      expect(r.title.fr.length, r.id).toBeGreaterThan(5);
      expect(r.title.en.length, r.id).toBeGreaterThan(5);
      expect(r.description.fr.length, r.id).toBeGreaterThan(40);
      expect(r.description.en.length, r.id).toBeGreaterThan(40);
      expect(r.title.fr, r.id).not.toBe(r.title.en);
      expect(['loi', 'cnsa', 'ans', 'bonne-pratique']).toContain(r.source.kind);
      expect(r.source.reference.length, r.id).toBeGreaterThan(10);
      expect(r.documents.length, r.id).toBeGreaterThan(0);
    }
  });

  it('documents each business rule once, in its document type’s docs, and nothing else', () => {
    for (const type of DOCUMENT_TYPES) {
      const ids = RULE_SETS[type].rules.map((r) => r.definition.id).sort();
      expect(Object.keys(RULE_DOCS[type]).sort(), type).toEqual(ids);
    }
  });

  it('business rules belong to the document type of their id prefix', () => {
    const prefix = { pag: 'PAG-', 'convention-territoriale': 'CONV-', 'tableau-derogations': 'TAB-' } as const;
    for (const r of RULES.filter((x) => x.stage === 'regles')) {
      expect(r.documents).toHaveLength(1);
      expect(r.id.startsWith(prefix[r.documents[0] as keyof typeof prefix])).toBe(true);
    }
  });

  it('has at least the rules the issue asks for', () => {
    expect(RULES.filter((r) => r.id.startsWith('PAG-')).length).toBeGreaterThanOrEqual(40);
    expect(RULES.filter((r) => r.id.startsWith('CONV-')).length).toBeGreaterThanOrEqual(9);
    expect(RULES.filter((r) => r.id.startsWith('TAB-')).length).toBeGreaterThanOrEqual(9);
    expect(ruleById('PAG-CONSENTEMENT-004')?.source.reference).toMatch(/L\. 146-9/);
    expect(ruleById('NOPE')).toBeUndefined();
  });

  it('are all listed in the generated catalogue docs/reference/regles.md', () => {
    const doc = readFileSync(join(packageRoot, RULES_DOC_PATH), 'utf8');
    for (const r of RULES) {
      expect(doc).toContain(`### ${r.id}`);
      expect(doc).toContain(r.title.en);
    }
  });
});
