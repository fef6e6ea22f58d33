// Builds the parts of the app into out/: the renderer (Vite), the main process
// (ESM) with its parse worker (CommonJS), and the preload (CommonJS, because a sandboxed preload cannot be an ES module),
// and the tray's icons, drawn from assets/icon.svg.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { writeTrayIcons } from './icons.mjs';
import { parseWorkerOptions } from './parse-worker-options.mjs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
};

await Promise.all([
  viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' }),
  esbuild({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: 'out/main/main.js',
    format: 'esm',
    // Bundled CommonJS dependencies may still call require(); give them one.
    banner: { js: "import { createRequire as __ftCreateRequire } from 'node:module'; const require = __ftCreateRequire(import.meta.url);" },
  }),
  // Untrusted files (emails, imports) are parsed in a worker thread.
  esbuild({
    ...common,
    ...parseWorkerOptions,
    entryPoints: ['electron/untrusted/parse-worker.ts'],
    outfile: 'out/main/parse-worker.cjs',
  }),
  esbuild({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'out/preload/preload.cjs',
    format: 'cjs',
  }),
  writeTrayIcons('out/main/icons'),
]);
console.log('Built out/renderer, out/main/main.js, out/main/parse-worker.cjs, out/preload/preload.cjs and the tray icons');
