/**
 * After `tsup`: `@medplum/fhirtypes` is an ES module (types only), so the
 * CommonJS declarations `dist/*.d.cts` must import its types with
 * `resolution-mode: import` (TypeScript ≥ 5.3), or a CommonJS consumer under
 * `moduleResolution: node16` cannot read them.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const IMPORT = /^import (?:type )?(\{[^}]*\}) from '@medplum\/fhirtypes';$/gm;
for (const file of readdirSync(dist).filter((f) => f.endsWith('.d.cts'))) {
  const path = join(dist, file);
  const text = readFileSync(path, 'utf8');
  const fixed = text.replace(IMPORT, (_m, names) => `import type ${names} from '@medplum/fhirtypes' with { 'resolution-mode': 'import' };`);
  if (fixed !== text) writeFileSync(path, fixed);
}
