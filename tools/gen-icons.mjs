// Renders web/demo/icons/icon.svg to the PNG sizes the PWA manifest lists (192, 512, and a
// maskable 512 with a safe-zone margin), with the same Debian Chromium the browser tests use.
// Run after editing the SVG: node tools/gen-icons.mjs. Nothing is downloaded.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { launchBrowser, REPO_ROOT } from '../tests/browser/helpers.mjs';

const iconDir = join(REPO_ROOT, 'web', 'demo', 'icons');
const svg = await readFile(join(iconDir, 'icon.svg'), 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const browser = await launchBrowser();
try {
  for (const { name, size, padding, background } of [
    { name: 'icon-192.png', size: 192, padding: 0, background: 'transparent' },
    { name: 'icon-512.png', size: 512, padding: 0, background: 'transparent' },
    { name: 'icon-maskable-512.png', size: 512, padding: 0.1, background: '#2f5bd3' },
  ]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inset = Math.round(size * padding);
    await page.setContent(
      `<body style="margin:0;background:${background}"><img src="${dataUrl}" ` +
        `style="display:block;margin:${inset}px;width:${size - 2 * inset}px;height:${size - 2 * inset}px"></body>`,
    );
    await page.screenshot({
      path: join(iconDir, name),
      omitBackground: background === 'transparent',
    });
    await page.close();
    console.log(`web/demo/icons/${name}`);
  }
} finally {
  await browser.close();
}
