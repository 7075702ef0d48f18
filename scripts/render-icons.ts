// Renders assets/icon.svg to the PNG sizes Outlook asks for (16/32/64/80/128). The PNGs are committed;
// run this again after editing the SVG: `npm run icons`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from './chromium';

const SIZES = [16, 32, 64, 80, 128];
const ASSETS = path.join(__dirname, '../assets');

async function main(): Promise<void> {
  const svg = await readFile(path.join(ASSETS, 'icon.svg'), 'utf8');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
      await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
      const file = path.join(ASSETS, `icon-${size}.png`);
      await page.locator('svg').screenshot({ path: file, omitBackground: true });
      console.log(`wrote ${file}`);
    }
  } finally {
    await browser.close();
  }
}

void main();
