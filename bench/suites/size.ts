/**
 * `pnpm bench` suite: size of the nomenclature core, of the per-document validator entries, of the renderer and of the validator page (esbuild, minified, gzip).
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { buildValidatorPage } from '../../packages/validator-page/scripts/build.js';
import { ROOT } from '../lib/programs.js';
import { fmt, log } from '../lib/report.js';
import type { BenchContext } from '../lib/context.js';

/** Measures the `size` suite; pushes its ratios and results into the context. */
export async function sizeSuite(context: BenchContext): Promise<void> {
  const { args, ratios, results } = context;
  log('· taille du cœur de la nomenclature / size of the nomenclature core (esbuild, minifié / minified, gzip)');
  // What a browser bundler picks: esbuild's `browser` platform honours the `browser` export condition (the size-first
  // builds of the validators); `neutral` resolves the default (Node) builds, measured once below for the record.
  const bundle = async (contents: string, platform: 'browser' | 'neutral' = 'browser'): Promise<number> => {
    const out = await build({
      stdin: { contents, resolveDir: ROOT, loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform,
      write: false,
      logLevel: 'silent',
      mainFields: ['module', 'main'],
    });
    const text = out.outputFiles[0]?.text ?? '';
    if (text.includes('CODES CIF CORRESPONDANTS')) throw new Error('definitions leaked into the core bundle');
    return gzipSync(text).length;
  };
  const whole = await bundle("export * from '@serafin-ph/nomenclature';");
  const terminology = await bundle(
    "export { lookup, validateCode, subsumes, search, parent, children, ancestors, descendants, isLeaf, valueSet, besoins, prestationsDirectes, prestationsIndirectes, isSerafinCode } from '@serafin-ph/nomenclature';",
  );
  const lookupOnly = await bundle("export { lookup } from '@serafin-ph/nomenclature';");
  const rorEntry = await bundle("export * from '@serafin-ph/nomenclature/ror';");
  results['size'] = { wholeEntryGzipBytes: whole, terminologyApiGzipBytes: terminology, lookupOnlyGzipBytes: lookupOnly, rorEntryGzipBytes: rorEntry };
  ratios.push({
    id: 'embedding.size.core',
    label: 'Cœur de la nomenclature, gzip (entrée entière, sans définitions ni listes ROR) / nomenclature core, gzipped (whole entry, no definitions, no ROR lists)',
    value: whole / 1024,
    unit: 'KiB',
    target: '< 10 KiB',
    met: whole < 10 * 1024,
    conditions: 'dist/index.js via esbuild 0.27, minify, gzip -6',
  });
  ratios.push({
    id: 'embedding.size.terminology',
    label: 'API terminologique seule, gzip / terminology API only, gzipped',
    value: terminology / 1024,
    unit: 'KiB',
    target: '< 10 KiB',
    met: terminology < 10 * 1024,
    conditions: 'lookup, validateCode, subsumes, search, hierarchy, value sets',
  });
  log(
    `  entrée entière / whole entry ${fmt(whole / 1024)} Kio; API terminologique / terminology API ${fmt(terminology / 1024)} Kio; lookup seul / alone ${fmt(lookupOnly / 1024)} Kio`,
  );
  log(`  listes ROR telles que publiées / ROR lists as published (./ror, hors cœur / outside the core) ${fmt(rorEntry / 1024)} Kio`);
  ratios.push({
    id: 'embedding.size.lookup',
    label: 'lookup seul, gzip / lookup alone, gzipped',
    value: lookupOnly / 1024,
    unit: 'KiB',
    target: '< 5 KiB',
    met: lookupOnly < 5 * 1024,
    conditions: "export { lookup } from '@serafin-ph/nomenclature' (dist) via esbuild 0.27, minify, gzip -6",
  });
  // The per-document validator entries: what a French form that validates one document type ships (the English
  // catalogues PAG_EN… that the entries also export are left out; `pagEnglish`: the PAG entry with PAG_EN).
  const perDocument = {
    pag: await bundle("export { validatePag, assertValidPag, message, ValidationError } from '@serafin-ph/validators/pag';"),
    pagDefaultBuild: await bundle("export { validatePag, assertValidPag, message, ValidationError } from '@serafin-ph/validators/pag';", 'neutral'),
    pagEnglish: await bundle("export { validatePag, assertValidPag, message, ValidationError, PAG_EN } from '@serafin-ph/validators/pag';"),
    convention: await bundle("export { validateConvention, assertValidConvention, message, ValidationError } from '@serafin-ph/validators/convention';"),
    'tableau-derogations': await bundle(
      "export { validateTableauDerogations, assertValidTableauDerogations, message, ValidationError } from '@serafin-ph/validators/tableau-derogations';",
    ),
    all: await bundle("export * from '@serafin-ph/validators';"),
  };
  results['size'] = { ...(results['size'] as object), validatorsGzipBytes: perDocument };
  ratios.push({
    id: 'embedding.size.validators-pag',
    label: 'Validation du PAG seul (@serafin-ph/validators/pag), gzip / PAG-only validation, gzipped',
    value: perDocument.pag / 1024,
    unit: 'KiB',
    target: '≤ 45 KiB',
    met: perDocument.pag <= 45 * 1024,
    conditions: `dist/browser/pag.js (the \`browser\` condition; validatePag, assertValidPag, message, ValidationError: French messages) via esbuild 0.27, platform browser, minify, gzip -6; default build (generated fast check) ${fmt(perDocument.pagDefaultBuild / 1024)} KiB; with PAG_EN ${fmt(perDocument.pagEnglish / 1024)} KiB; convention ${fmt(perDocument.convention / 1024)} KiB, table ${fmt(perDocument['tableau-derogations'] / 1024)} KiB, all three ${fmt(perDocument.all / 1024)} KiB`,
  });
  log(
    `  validateurs / validators: ./pag ${fmt(perDocument.pag / 1024)} Kio (version par défaut / default build ${fmt(perDocument.pagDefaultBuild / 1024)} Kio), ./convention ${fmt(perDocument.convention / 1024)} Kio, ./tableau-derogations ${fmt(perDocument['tableau-derogations'] / 1024)} Kio, entrée entière / whole entry ${fmt(perDocument.all / 1024)} Kio`,
  );
  // The renderer and the offline validator page: what a page that shows PAGs, and the validator page, download.
  const renderEntry = await bundle("export * from '@serafin-ph/render';");
  const pageFiles = await buildValidatorPage(join(args.dataDir, 'validateur'));
  const pageGzip = pageFiles.reduce((n, f) => n + f.gzipBytes, 0);
  const pageScript = pageFiles.find((f) => f.name === 'page.js')!;
  results['size'] = { ...(results['size'] as object), renderEntryGzipBytes: renderEntry, validatorPageGzipBytes: pageGzip, validatorPageScriptBytes: pageScript.bytes };
  ratios.push({
    id: 'embedding.size.render',
    label: 'Rendu HTML/SVG du PAG, gzip (entrée entière, libellés des listes compris) / PAG HTML/SVG renderer, gzipped (whole entry, list labels included)',
    value: renderEntry / 1024,
    unit: 'KiB',
    target: 'mesuré / measured',
    met: undefined,
    conditions: '@serafin-ph/render dist/index.js via esbuild 0.27, minify, gzip -6',
  });
  ratios.push({
    id: 'embedding.size.validator-page',
    label: 'Page de validation hors ligne, gzip (HTML + CSS + script : validateurs et rendu) / offline validator page, gzipped (HTML + CSS + script: validators and renderer)',
    value: pageGzip / 1024,
    unit: 'KiB',
    target: 'mesuré / measured',
    met: undefined,
    conditions: `packages/validator-page build (esbuild iife, minify), gzip -9; page.js ${fmt(pageScript.bytes / 1024)} KiB raw`,
  });
  log(
    `  rendu / renderer ${fmt(renderEntry / 1024)} Kio; page de validation / validator page ${fmt(pageGzip / 1024)} Kio gzip (page.js ${fmt(pageScript.bytes / 1024)} Kio brut / raw)`,
  );
}
