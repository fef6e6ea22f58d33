import { defineConfig } from 'vite';

// The renderer is plain React with the automatic JSX runtime; esbuild (inside Vite) compiles
// it, so no React plugin is needed for a production build.
export default defineConfig({
  root: 'renderer',
  base: './',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    // Inline assets would need a data: script-src; keep every asset a file.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: {
      // zod's sources carry esbuild-style PURE comments that Rollup notes and drops; harmless.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION') return;
        // TanStack Query marks its modules "use client" for React Server Components; meaningless in a desktop app.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warning.code === 'SOURCEMAP_ERROR') return;
        warn(warning);
      },
    },
  },
});
