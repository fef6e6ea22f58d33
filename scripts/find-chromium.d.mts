export function findChromium(options?: { install?: boolean }): { path: string; source: string };
