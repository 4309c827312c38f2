/**
 * The SHA-256 of the rendered pages' stylesheet, in the form a
 * Content-Security-Policy `style-src` source takes (`'sha256-…'`).
 */
import { createHash } from 'node:crypto';
import type { Generator } from '../../../scripts/lib/generated-files.js';
import { tsBanner } from '../../../scripts/lib/generated-files.js';
import { RENDER_CSS } from '../src/html/styles.js';

/** Generator of `src/generated/styles-hash.ts`. */
export const stylesHashGenerator: Generator = {
  name: 'styles-hash',
  run: () => {
    const hash = createHash('sha256').update(RENDER_CSS, 'utf8').digest('base64');
    return [
      {
        path: 'src/generated/styles-hash.ts',
        content: `${tsBanner('scripts/styles-hash.ts', ['src/html/styles.ts'])}\n/** CSP source of the stylesheet \`RENDER_CSS\` (SHA-256, base64). */\nexport const RENDER_CSS_HASH = ${JSON.stringify(`'sha256-${hash}'`)};\n`,
      },
    ];
  },
};
