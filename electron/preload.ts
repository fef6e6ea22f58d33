import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { APP_EVENT_CHANNELS, createApi, IPC_CHANNELS } from '../shared/ipc/contract';

// Exactly the contract, one function per method and one subscription per named push; no raw
// ipcRenderer, and no IPC event object, reaches the page.
contextBridge.exposeInMainWorld(
  'followThrough',
  createApi(
    (method, args) => ipcRenderer.invoke(IPC_CHANNELS[method], args),
    (event, listener) => {
      const channel = APP_EVENT_CHANNELS[event];
      const forward = (_event: IpcRendererEvent, payload: Parameters<typeof listener>[0]) => listener(payload);
      ipcRenderer.on(channel, forward);
      return () => ipcRenderer.removeListener(channel, forward);
    },
  ),
);
