import msgreader from '@kenjiuno/msgreader';

type MsgReaderClass = typeof msgreader;

/**
 * @kenjiuno/msgreader is CommonJS marked `__esModule`. esbuild (the app's bundle) and Vitest
 * hand over its default export, the class; Node's own ES-module loader (the Chromium harness
 * runs main's handlers there) hands over the exports object that holds it.
 */
export const MsgReader: MsgReaderClass = (msgreader as unknown as { default?: MsgReaderClass }).default ?? msgreader;
