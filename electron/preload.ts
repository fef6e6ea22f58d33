import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createApi, DUE_NOTICE_CHANNEL, IPC_CHANNELS } from '../shared/ipc/contract';
import type { DueNotice } from '../shared/rules/notifications';

// Exactly the contract, one function per method; no raw ipcRenderer, and no IPC event object,
// reaches the page.
contextBridge.exposeInMainWorld(
  'followThrough',
  createApi(
    (method, args) => ipcRenderer.invoke(IPC_CHANNELS[method], args),
    (listener) => {
      const forward = (_event: IpcRendererEvent, notice: DueNotice) => listener(notice);
      ipcRenderer.on(DUE_NOTICE_CHANNEL, forward);
      return () => ipcRenderer.removeListener(DUE_NOTICE_CHANNEL, forward);
    },
  ),
);
