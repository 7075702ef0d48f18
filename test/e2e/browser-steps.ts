/** What the sign-in browser tests share: the console's webpack build, axe-core, the provider's pages. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './built-dist';
import type { TenantUser } from './entra-provider';

const WAIT = { timeout: 30_000 };

export const CONSOLE_DIR = join(ROOT, 'dist/console');

/** Builds the console once when it is missing (running one test file alone). */
export function builtConsole(): string {
  if (!existsSync(join(CONSOLE_DIR, 'index.html'))) {
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production', '--config-name', 'console'],
      { cwd: ROOT, stdio: 'inherit' },
    );
  }
  return CONSOLE_DIR;
}

export type Violation = { id: string; impact: string | null; targets: string };

/**
 * Serious and critical axe-core findings on the page as it is now. axe is evaluated through the DevTools
 * protocol, so the page keeps its real CSP (no `bypassCSP`: the sign-in must work under it).
 */
export async function seriousAxe(page: Page): Promise<Violation[]> {
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(c: unknown): Promise<{
            violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[];
          }>;
        };
      }
    ).axe;
    // Fluent's focus manager (tabster) adds aria-hidden <i tabindex=0> sentinels that hand focus on at once;
    // they are not content. Everything else on the page is checked.
    const dummies = document.querySelectorAll('i[data-tabster-dummy]').length;
    const context = dummies > 0 ? { exclude: [['i[data-tabster-dummy]']] } : document;
    return (await axe.run(context)).violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: JSON.stringify(v.nodes.map((n) => n.target)),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * The provider's own pages: its login form (the address; the stand-in takes any password), then its consent
 * page when this user has not yet granted the client what it asks for. Ends back at `landing`.
 */
export async function throughProvider(page: Page, user: TenantUser, landing: string): Promise<void> {
  await page.waitForURL((url) => url.pathname.includes('/interaction/'), WAIT);
  const loginPage = page.url();
  await page.locator('input[name="login"]').fill(user.login);
  await page.locator('input[name="password"]').fill('not checked by the stand-in');
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.href !== loginPage, WAIT);
  if (new URL(page.url()).pathname.includes('/interaction/')) {
    await page.locator('button[type="submit"]').click(); // consent
  }
  await page.waitForURL((url) => url.href.startsWith(landing), WAIT);
}
