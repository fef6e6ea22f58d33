import { contextBridge, ipcRenderer } from 'electron';
import { createApi, IPC_CHANNELS } from '../shared/ipc/contract';

// Exactly the contract, one function per method; no raw ipcRenderer reaches the page.
contextBridge.exposeInMainWorld(
  'followThrough',
  createApi((method, args) => ipcRenderer.invoke(IPC_CHANNELS[method], args)),
);
