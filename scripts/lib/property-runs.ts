/**
 * How many runs a property test makes: a count sized for the everyday run
 * (`pnpm test`, under two minutes on a quiet 2-core machine), and the full
 * count of the thorough mode, chosen with `SERAFIN_TEST_THOROUGH=1`
 * (`.ci/run` uses it; see CONTRIBUTING.md).
 *
 * Nombre d'exécutions des tests de propriétés : réduit au quotidien, complet
 * en mode approfondi (`SERAFIN_TEST_THOROUGH=1 pnpm test`).
 */

/** True when the thorough mode is on (`SERAFIN_TEST_THOROUGH=1` or `true`). */
export const THOROUGH: boolean = /^(1|true|yes)$/i.test(process.env['SERAFIN_TEST_THOROUGH'] ?? '');

/**
 * The run count of a property test: `thorough` in the thorough mode,
 * otherwise `everyday` (by default a tenth of `thorough`, never fewer than 20
 * runs nor more than `thorough`).
 *
 * @example
 * fc.assert(fc.property(arb, check), { numRuns: runs(10_000) }); // 1,000 every day, 10,000 thorough
 */
export function runs(thorough: number, everyday: number = Math.max(20, Math.ceil(thorough / 10))): number {
  if (!Number.isInteger(thorough) || thorough < 1) throw new RangeError(`runs(): ${thorough} is not a positive integer`);
  return THOROUGH ? thorough : Math.min(thorough, everyday);
}
