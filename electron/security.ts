import { app, shell, type WebContents } from 'electron';
import { APP_ORIGIN } from './renderer-protocol';

/**
 * Applies Electron's security checklist to every web contents the app creates: no
 * navigation away from the app, no new windows, no permission grants. Links the app built
 * itself (mailto:, https:) go to the system, never into the app.
 */
export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openExternalSafely(url);
      return { action: 'deny' };
    });
    denyPermissions(contents);
  });
}

function denyPermissions(contents: WebContents): void {
  contents.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
}

/** Only mailto: and https: ever leave the app. */
export function openExternalSafely(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  if (parsed.protocol === 'mailto:' || parsed.protocol === 'https:') void shell.openExternal(parsed.toString());
}

/** IPC is answered only for the app's own page, never for anything else that loads. */
export function isTrustedSender(frameUrl: string | undefined): boolean {
  return typeof frameUrl === 'string' && frameUrl.startsWith(`${APP_ORIGIN}/`);
}
