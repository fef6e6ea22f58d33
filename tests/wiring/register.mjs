// `node --import ./register.mjs`: every `import 'electron'` and `require('electron')` gets the
// recording stand-in instead of the npm package (which only holds the binary's path).
import Module, { register } from 'node:module';
import { fileURLToPath } from 'node:url';

const standIn = fileURLToPath(new URL('./electron-stand-in.cjs', import.meta.url));
register('./resolve-electron.mjs', import.meta.url);
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? standIn : resolveFilename.call(this, request, ...rest);
};
