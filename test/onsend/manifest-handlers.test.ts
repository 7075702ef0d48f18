/**
 * Every `FunctionName` manifest.xml declares must be associated by the built bundle: a LaunchEvent whose
 * function is missing stops users from sending (docs/outlook-platform.md). Each associated handler completes its event once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeEvent, fakeOffice } from '../addin/fake-office';
import { ensureBundle, loadBundle, ROOT } from './bundle-harness';

/** FunctionName attributes of the manifest, e.g. `onMessageSendHandler`. */
function manifestFunctionNames(): string[] {
  const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const names: string[] = [];
  const attribute = /\bFunctionName="([^"]+)"/g;
  for (let match = attribute.exec(xml); match; match = attribute.exec(xml)) names.push(match[1] as string);
  return [...new Set(names)];
}

let source = '';
beforeAll(() => {
  source = ensureBundle();
}, 120000);

describe('manifest.xml handlers', () => {
  const names = manifestFunctionNames();

  it('declares the OnMessageSend handler', () => {
    expect(names).toContain('onMessageSendHandler');
  });

  it.each(names)('%s is associated by dist/onsend.js and completes its event exactly once', async (name) => {
    const fake = fakeOffice({ subject: 'Hej', body: 'Ses i morgon.' });
    const bundle = loadBundle(source, fake);
    try {
      const { event, calls, answer } = fakeEvent();
      bundle.handler(name)(event);
      await answer;
      await new Promise((r) => setTimeout(r, 50));
      expect(calls).toHaveLength(1);
      expect(bundle.pendingTimers()).toBe(0);
    } finally {
      bundle.dispose();
    }
  });
});
