/**
 * The declarations generated FROM the published JSON Schemas (by
 * json-schema-to-typescript) and the `z.infer` types of the zod schemas are
 * mutually assignable: the JSON Schema says exactly what the TypeScript API says.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type * as Convention from './generated/json-schema-types/convention-territoriale.js';
import type * as PagJson from './generated/json-schema-types/pag.js';
import type * as Tableau from './generated/json-schema-types/tableau-derogations.js';
import type {
  CodeBesoin,
  ConventionTerritoriale,
  Engagement,
  LigneDerogation,
  Operateur,
  Pag,
  Participant,
  Situation,
  TableauDerogations,
} from './index.js';

describe('generated declarations ⇄ z.infer', () => {
  it('PAG', () => {
    expectTypeOf<Pag>().toExtend<PagJson.Pag>();
    expectTypeOf<PagJson.Pag>().toExtend<Pag>();
    expectTypeOf<Engagement>().toExtend<PagJson.Engagement>();
    expectTypeOf<PagJson.Engagement>().toExtend<Engagement>();
    expectTypeOf<Situation>().toExtend<PagJson.Situation>();
    expectTypeOf<PagJson.Situation>().toExtend<Situation>();
    expectTypeOf<CodeBesoin>().toEqualTypeOf<PagJson.CodeBesoin>();
    expectTypeOf<Operateur>().toEqualTypeOf<PagJson.Operateur>();
    expectTypeOf<Participant>().toEqualTypeOf<PagJson.Participant>();
  });

  it('convention territoriale', () => {
    expectTypeOf<ConventionTerritoriale>().toExtend<Convention.ConventionTerritoriale>();
    expectTypeOf<Convention.ConventionTerritoriale>().toExtend<ConventionTerritoriale>();
  });

  it('tableau des dérogations', () => {
    expectTypeOf<TableauDerogations>().toExtend<Tableau.TableauDerogations>();
    expectTypeOf<Tableau.TableauDerogations>().toExtend<TableauDerogations>();
    expectTypeOf<LigneDerogation>().toEqualTypeOf<Tableau.LigneDerogation>();
  });

  it('a wrong shape is not assignable (the test can fail)', () => {
    expectTypeOf<Omit<Pag, 'statut'> & { statut: 'inconnu' }>().not.toExtend<PagJson.Pag>();
    expectTypeOf<Pag & { inconnu: true }>().toExtend<PagJson.Pag>(); // excess properties are structural: covered by strict schemas at runtime
    expectTypeOf<Omit<PagJson.Pag, 'engagements'>>().not.toExtend<Pag>();
  });
});
