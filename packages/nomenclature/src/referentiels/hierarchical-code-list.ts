/**
 * A single-system list whose concepts form an is-a hierarchy through the ANS
 * properties `niveau` (level) and `parent` (TRE_R420, TRE_R403).
 */
import { CodeList } from './code-list.js';
import type { ReferentielConcept, ReferentielSubsumptionOutcome } from './types.js';

/**
 * A {@link CodeList} with navigation in the published hierarchy. Every method
 * throws {@link ReferentielCodeError} for a code the list does not contain.
 */
export class HierarchicalCodeList<C extends string = string, K extends ReferentielConcept<C> = ReferentielConcept<C>, S extends string = string> extends CodeList<C, K, S> {
  #children: ReadonlyMap<string, readonly C[]> | undefined;

  #childIndex(): ReadonlyMap<string, readonly C[]> {
    if (this.#children === undefined) {
      const map = new Map<string, C[]>();
      for (const c of this.concepts) {
        if (c.parent === undefined) continue;
        const list = map.get(c.parent) ?? [];
        list.push(c.code);
        map.set(c.parent, list);
      }
      this.#children = map;
    }
    return this.#children;
  }

  /** Codes without parent (level 1), in source order. */
  roots(): readonly C[] {
    return this.concepts.filter((c) => c.parent === undefined).map((c) => c.code);
  }

  /** Parent code of `code`, or `undefined` for a top-level concept. */
  parent(code: string): C | undefined {
    return this.requireConcept(code).parent as C | undefined;
  }

  /** Direct children of `code`, in source order. */
  children(code: string): readonly C[] {
    return this.#childIndex().get(this.requireConcept(code).code) ?? [];
  }

  /** Ancestors of `code`, nearest first. */
  ancestors(code: string): C[] {
    const out: C[] = [];
    let current = this.parent(code);
    while (current !== undefined) {
      if (out.includes(current)) break; // defensive: data is tested acyclic
      out.push(current);
      current = this.parent(current);
    }
    return out;
  }

  /** Every descendant of `code`, depth first, in source order. */
  descendants(code: string): C[] {
    const out: C[] = [];
    const visit = (c: string): void => {
      for (const child of this.#childIndex().get(c) ?? []) {
        out.push(child);
        visit(child);
      }
    };
    visit(this.requireConcept(code).code);
    return out;
  }

  /** True when `code` has no children. */
  isLeaf(code: string): boolean {
    return this.children(code).length === 0;
  }

  /** Level of `code` (ANS `niveau`). */
  level(code: string): number | undefined {
    return this.requireConcept(code).level;
  }

  /**
   * FHIR `$subsumes`: `'subsumes'` when A is an ancestor of B, `'subsumed-by'`
   * when B is an ancestor of A, `'equivalent'` when equal.
   */
  subsumes(codeA: string, codeB: string): ReferentielSubsumptionOutcome {
    this.requireConcept(codeA);
    this.requireConcept(codeB);
    if (codeA === codeB) return 'equivalent';
    if ((this.ancestors(codeB) as readonly string[]).includes(codeA)) return 'subsumes';
    if ((this.ancestors(codeA) as readonly string[]).includes(codeB)) return 'subsumed-by';
    return 'not-subsumed';
  }
}
