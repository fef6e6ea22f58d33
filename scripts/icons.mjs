// Every icon the app and its installers need, drawn from the one source, assets/icon.svg, by
// resvg (a well-kept SVG renderer with prebuilt binaries on npm). ICO and ICNS are packed by
// png2icons, in plain JavaScript, so no platform tool (iconutil, ImageMagick) is needed.
//
//   node scripts/icons.mjs            the installer icons, into build/ (npm run dist runs it)
//   import { writeTrayIcons }         the tray's images, into out/main/icons/ (npm run build)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const SOURCE = 'assets/icon.svg';
/** Linux's hicolor theme sizes; Windows' ICO and macOS' ICNS take theirs from the largest. */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

/** The source SVG, and the variants the tray needs, made from it by naming its groups. */
export async function iconSources() {
  const svg = await readFile(SOURCE, 'utf8');
  if (!svg.includes('<g id="background">') || !svg.includes('<g id="mark"')) {
    throw new Error(`${SOURCE} must keep its "background" and "mark" groups: the tray icons are made from them.`);
  }
  // macOS menu-bar "template" image: the mark alone, in black; macOS tints it for light and dark bars.
  const template = svg.replace(/<g id="background">[\s\S]*?<\/g>/, '').replaceAll('#ffffff', '#000000');
  // Windows and Linux: the full icon, with an amber badge while something is due.
  const due = svg.replace('</svg>', '  <circle cx="800" cy="800" r="176" fill="#f59e0b" stroke="#ffffff" stroke-width="40"/>\n</svg>');
  return { full: svg, template, due };
}

export function renderPng(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
}

/** The tray's images: 16 px and 32 px (@2x) of each variant. */
export async function writeTrayIcons(dir) {
  const sources = await iconSources();
  await mkdir(dir, { recursive: true });
  const names = { full: 'tray', template: 'trayTemplate', due: 'tray-due' };
  for (const [variant, name] of Object.entries(names)) {
    await writeFile(path.join(dir, `${name}.png`), renderPng(sources[variant], 16));
    await writeFile(path.join(dir, `${name}@2x.png`), renderPng(sources[variant], 32));
  }
}

/** electron-builder's build resources: build/icons/<n>x<n>.png for Linux, build/icon.ico, build/icon.icns, build/icon.png. */
export async function writeInstallerIcons(dir = 'build') {
  const { full } = await iconSources();
  await mkdir(path.join(dir, 'icons'), { recursive: true });
  for (const size of LINUX_SIZES) await writeFile(path.join(dir, 'icons', `${size}x${size}.png`), renderPng(full, size));
  const large = renderPng(full, 1024);
  await writeFile(path.join(dir, 'icon.png'), large);
  // BILINEAR keeps the small sizes crisp enough; ICO holds 16–256, ICNS 16–1024.
  const ico = png2icons.createICO(large, png2icons.BILINEAR, 0, true, true);
  const icns = png2icons.createICNS(large, png2icons.BILINEAR, 0);
  if (!ico || !icns) throw new Error('png2icons could not pack the icons.');
  await writeFile(path.join(dir, 'icon.ico'), ico);
  await writeFile(path.join(dir, 'icon.icns'), icns);
  return [...LINUX_SIZES.map((s) => `icons/${s}x${s}.png`), 'icon.png', 'icon.ico', 'icon.icns'];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const written = await writeInstallerIcons();
  console.log(`Wrote ${written.length} icons into build/ from ${SOURCE}.`);
}
