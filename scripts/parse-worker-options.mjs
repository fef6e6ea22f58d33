// How the parse worker is bundled: one place for the app's build (scripts/build.mjs) and the
// tests' own fresh build (tests/support/parse-worker.ts), so the two cannot drift apart.
// CommonJS, so that neither the app's "type": "module" nor the asar archive changes how it
// loads; ES-module dependencies bundled into it (email-reply-parser) may read import.meta.url.
export const parseWorkerOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  external: ['electron'],
  define: { 'import.meta.url': '__ftImportMetaUrl' },
  banner: { js: "const __ftImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};
