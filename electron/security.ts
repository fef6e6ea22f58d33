import { app, shell, type WebContents } from 'electron';
import { APP_ORIGIN } from './renderer-protocol';

/**
 * Applies Electron's security checklist to every web contents the app creates: no
 * navigation away from the app, no new windows, no permission grants. A mailto: link goes to
 * the system's mail program, never into the app.
 */
export function hardenWebContents(log: (message: string) => void): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openExternalSafely(url, log);
      return { action: 'deny' };
    });
    denyPermissions(contents);
  });
}

function denyPermissions(contents: WebContents): void {
  contents.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
}

/**
 * Only mailto: links leave the app. The app shows no https link of its own, so a window.open of
 * anything else (a link typed into a field, a script) is refused and written to the log.
 */
export function openExternalSafely(url: string, log: (message: string) => void): void {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    // Not a URL at all: refused below.
  }
  if (parsed?.protocol === 'mailto:') {
    void shell.openExternal(parsed.toString());
    return;
  }
  log(`Refused to open ${JSON.stringify(url.slice(0, 200))} outside the app: only mailto: links leave it.`);
}

/** IPC is answered only for the app's own page, never for anything else that loads. */
export function isTrustedSender(frameUrl: string | undefined): boolean {
  return typeof frameUrl === 'string' && frameUrl.startsWith(`${APP_ORIGIN}/`);
}
