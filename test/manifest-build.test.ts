/**
 * manifest.xml against the build: icons, every URL served by the webpack output, office.js from the CDN,
 * every FunctionName associated by onsend.js, and the production origin rewrite.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { XMLValidator } from 'fast-xml-parser';
import { ROOT, builtDist } from './e2e/built-dist';

// webpack.config.js is CommonJS; its rewrite helpers are pure.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../webpack.config.js') as {
  rewriteManifest(xml: string, origin: string, vaultOrigin: string): string;
  originFromEnv(name: string, fallback: string): string;
};

const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('manifest.xml and the build', () => {
  const dist = builtDist();
  const urls = Array.from(xml.matchAll(/"(https:\/\/localhost:3000\/[^"]*)"/g), (m) => m[1] as string);

  it.each([16, 32, 64, 80, 128])('has a %ipx icon as a real PNG of that size', (size) => {
    expect(pngSize(join(ROOT, 'assets', `icon-${size}.png`))).toEqual([size, size]);
    expect(xml).toContain(`https://localhost:3000/assets/icon-${size}.png`);
  });

  it('points every URL at a file in the webpack output', () => {
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) expect(existsSync(join(dist, new URL(url).pathname))).toBe(true);
  });

  it('loads office.js from the CDN in the pages Outlook opens, and onsend.js from the runtime page', () => {
    // Quotes are optional: the production build minifies HTML.
    const cdn = /<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/;
    const commands = readFileSync(join(dist, 'commands.html'), 'utf8');
    expect(commands).toMatch(cdn);
    expect(commands).toMatch(/<script src="?onsend\.js"?>/);
    expect(commands.search(cdn)).toBeLessThan(commands.search(/onsend\.js/));
    expect(readFileSync(join(dist, 'taskpane.html'), 'utf8')).toMatch(cdn);
    expect(readFileSync(join(dist, 'simulator.html'), 'utf8')).not.toContain('appsforoffice');
  });

  it('associates every FunctionName in onsend.js when run without a DOM, as classic Outlook does', () => {
    const associated: string[] = [];
    const Office = {
      actions: { associate: (name: string) => associated.push(name) },
      context: { mailbox: {}, requirements: { isSetSupported: () => true }, displayLanguage: 'en-US' },
    };
    runInNewContext(readFileSync(join(dist, 'onsend.js'), 'utf8'), { Office });
    const names = Array.from(xml.matchAll(/FunctionName="([^"]+)"/g), (m) => m[1]);
    for (const name of names) expect(associated).toContain(name);
  });
});

describe('production manifest', () => {
  it('moves every development URL to the production origins', () => {
    const prod = webpackConfig.rewriteManifest(
      xml,
      'https://mailguard.vinnter.se/addin',
      'https://vault.vinnter.se',
    );
    expect(prod).not.toContain('localhost');
    expect(prod).toContain('https://mailguard.vinnter.se/addin/onsend.js');
    expect(prod).toContain('<AppDomain>https://vault.vinnter.se</AppDomain>');
    expect(XMLValidator.validate(prod)).toBe(true);
  });

  it.each([
    ['https://mailguard.vinnter.se/', 'https://mailguard.vinnter.se'],
    ['https://cdn.vinnter.se/mailguard/', 'https://cdn.vinnter.se/mailguard'],
  ])('reads MAILGUARD_ORIGIN %s as %s', (value, expected) => {
    process.env.MAILGUARD_TEST_ORIGIN = value;
    expect(webpackConfig.originFromEnv('MAILGUARD_TEST_ORIGIN', 'x')).toBe(expected);
    delete process.env.MAILGUARD_TEST_ORIGIN;
  });

  it('refuses a non-HTTPS production origin', () => {
    process.env.MAILGUARD_TEST_ORIGIN = 'http://mailguard.vinnter.se';
    expect(() => webpackConfig.originFromEnv('MAILGUARD_TEST_ORIGIN', 'x')).toThrow(/https/);
    delete process.env.MAILGUARD_TEST_ORIGIN;
  });
});
