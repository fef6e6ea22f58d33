import type { BuildOptions } from 'esbuild';

export const parseWorkerOptions: BuildOptions;
