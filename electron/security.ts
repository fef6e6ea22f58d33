import { app, shell, type WebContents } from 'electron';
import { APP_ORIGIN } from './renderer-protocol';

/**
 * Applies Electron's security checklist to every web contents the app creates: no
 * navigation away from the app, no new windows (not even for a link), no permission grants.
 */
export function hardenWebContents(log: (message: string) => void): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // The page never opens windows or links itself: mail leaves through openInMail, which builds its own link.
      log(`Refused a new window for ${JSON.stringify(url.slice(0, 200))}.`);
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
 * The one door to shell.openExternal. Only the mailto: links main builds (openInMail) pass;
 * the app shows no https link of its own, so anything else is refused and written to the log.
 */
export async function openExternalSafely(url: string, log: (message: string) => void): Promise<boolean> {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    // Not a URL at all: refused below.
  }
  if (parsed?.protocol === 'mailto:') {
    await shell.openExternal(parsed.toString());
    return true;
  }
  log(`Refused to open ${JSON.stringify(url.slice(0, 200))} outside the app: only mail links the app built leave it.`);
  return false;
}

/** IPC is answered only for the app's own page, never for anything else that loads. */
export function isTrustedSender(frameUrl: string | undefined): boolean {
  return typeof frameUrl === 'string' && frameUrl.startsWith(`${APP_ORIGIN}/`);
}
