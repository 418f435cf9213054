// Renders Tend's SVG icons in public/icons to the PNGs the manifest and index.html name, and
// packs favicon.ico, using the system Chromium. Run after editing an SVG: node scripts/make-icons.mjs
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

const icons = resolve(import.meta.dirname, '..', 'public', 'icons');
const publicDir = resolve(icons, '..');

// "any" icons keep their transparent rounded corners; maskable and Apple icons must be opaque
// and full-bleed, because the platform applies its own mask (and iOS turns transparency black).
const TARGETS = [
  { svg: 'tend.svg', size: 192, out: 'icon-192.png', opaque: false },
  { svg: 'tend.svg', size: 512, out: 'icon-512.png', opaque: false },
  { svg: 'tend-maskable.svg', size: 512, out: 'icon-maskable-512.png', opaque: true },
  { svg: 'tend-maskable.svg', size: 180, out: 'apple-touch-icon-180.png', opaque: true },
  { svg: 'shortcut-checkin.svg', size: 96, out: 'shortcut-checkin-96.png', opaque: false },
  { svg: 'shortcut-breathe.svg', size: 96, out: 'shortcut-breathe-96.png', opaque: false },
];
const FAVICON_SIZES = [16, 32, 48];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--headless=new'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const render = async (svgFile, size, opaque) => {
    const svg = (await readFile(join(icons, svgFile), 'utf8')).replace(
      '<svg ',
      `<svg width="${size}" height="${size}" `,
    );
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`,
    );
    return page.screenshot({
      clip: { x: 0, y: 0, width: size, height: size },
      omitBackground: !opaque,
    });
  };

  for (const { svg, size, out, opaque } of TARGETS) {
    await writeFile(join(icons, out), await render(svg, size, opaque));
    console.log(`icons/${out}`);
  }

  const favicons = [];
  for (const size of FAVICON_SIZES) favicons.push({ size, png: await render('tend.svg', size, false) });
  await writeFile(join(publicDir, 'favicon.ico'), packIco(favicons));
  console.log('favicon.ico');
} finally {
  await browser.close();
}

/** An ICO file holding PNG images, which every current browser reads. */
function packIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size % 256, 0); // width (0 means 256)
    entry.writeUInt8(size % 256, 1); // height
    entry.writeUInt8(0, 2); // palette size
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}
