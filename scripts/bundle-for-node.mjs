import { build } from 'esbuild';

/**
 * Bundles a Node entry that imports the TypeScript sources (the benchmark, the simulated year)
 * into one ES module under out/; the npm packages stay outside, loaded from node_modules.
 */
export function bundleForNode(entry, outfile) {
  return build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
}
