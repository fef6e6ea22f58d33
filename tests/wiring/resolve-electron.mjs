// The ESM half of register.mjs: `import ... from 'electron'` resolves to the stand-in.
const standIn = new URL('./electron-stand-in.cjs', import.meta.url).href;
export async function resolve(specifier, context, next) {
  return specifier === 'electron' ? { url: standIn, shortCircuit: true, format: 'commonjs' } : next(specifier, context);
}
