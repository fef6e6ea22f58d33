import path from 'node:path';
import { Menu, nativeImage, Tray, type MenuItemConstructorOptions } from 'electron';
import { count } from '../../shared/copy/plural';

export interface TrayActions {
  openToday(): void;
  newRequest(): void;
  quit(): void;
}

/** The tray's words for the due count: its tooltip and the first line of its menu. */
export function dueLine(due: number): string {
  return due === 0 ? 'Nothing due' : `${count(due, 'item', 'items')} due`;
}

/**
 * The tray (menu-bar) icon: the due count at a glance, and New request and Open Today without
 * finding the window. macOS shows the count beside a template image, as menu-bar apps do;
 * Windows and Linux cannot show text there, so the icon gains an amber badge and the count is
 * in the tooltip and the menu.
 */
export class DueTray {
  private readonly tray: Tray;
  private due = -1;

  constructor(
    private readonly iconDir: string,
    private readonly os: NodeJS.Platform,
    private readonly actions: TrayActions,
  ) {
    this.tray = new Tray(this.image(0));
    // Windows and Linux open the app on a click; macOS opens the menu, which setContextMenu does.
    this.tray.on('click', () => {
      if (this.os !== 'darwin') this.actions.openToday();
    });
    this.show(0);
  }

  show(due: number): void {
    if (due === this.due) return;
    this.due = due;
    const line = dueLine(due);
    this.tray.setToolTip(`Follow-Through: ${line.toLowerCase()}`);
    if (this.os === 'darwin') this.tray.setTitle(due > 0 ? String(due) : '');
    else this.tray.setImage(this.image(due));
    const items: MenuItemConstructorOptions[] = [
      { id: 'due', label: line, enabled: false },
      { type: 'separator' },
      { id: 'open-today', label: 'Open Today', click: () => this.actions.openToday() },
      { id: 'new-request', label: 'New request…', click: () => this.actions.newRequest() },
      { type: 'separator' },
      { id: 'quit', label: this.os === 'win32' ? 'Exit' : 'Quit Follow-Through', click: () => this.actions.quit() },
    ];
    this.tray.setContextMenu(Menu.buildFromTemplate(items));
  }

  destroy(): void {
    this.tray.destroy();
  }

  private image(due: number) {
    if (this.os === 'darwin') {
      const image = nativeImage.createFromPath(path.join(this.iconDir, 'trayTemplate.png'));
      image.setTemplateImage(true);
      return image;
    }
    return nativeImage.createFromPath(path.join(this.iconDir, due > 0 ? 'tray-due.png' : 'tray.png'));
  }
}
