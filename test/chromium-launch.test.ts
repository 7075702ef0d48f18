/** The browser tests' launcher says what to install when the machine has no Chromium. */
import { launchChromium } from '../scripts/chromium';

describe('launchChromium', () => {
  const saved = process.env['CHROMIUM_PATH'];
  afterEach(() => {
    if (saved === undefined) delete process.env['CHROMIUM_PATH'];
    else process.env['CHROMIUM_PATH'] = saved;
  });

  it('names the package to install when there is no browser at the path', async () => {
    process.env['CHROMIUM_PATH'] = '/nonexistent/chromium';
    await expect(launchChromium()).rejects.toThrow(
      /No Chromium at \/nonexistent\/chromium: install Debian's package \(apt-get install chromium\)/,
    );
  });
});
