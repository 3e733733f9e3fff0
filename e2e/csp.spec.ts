// Both pages under the strict Content-Security-Policy they are built for, and a check that can fail.
// Chromium and Firefox ESR; every test also runs under the `guard` fixture (no console error, no
// uncaught exception, nothing fetched from off this machine).
import { readFileSync } from 'node:fs';
import { CSP } from '../shared/host/csp.ts';
import { expect, LOCATED, test } from './fixtures.ts';
import { markersIn, watchCspViolations } from './helpers.ts';

const located = LOCATED;

// Independent tests, each with its own host site: spread them over the workers.
test.describe.configure({ mode: 'parallel' });

test.describe('strict Content-Security-Policy', () => {
  for (const path of ['/', '/embed.html?panel=article']) {
    test(`${path} works under the policy with no violation`, async ({ page }) => {
      const violations = await watchCspViolations(page);
      const response = await page.goto(path);
      expect(response!.headers()['content-security-policy']).toBe(CSP);
      await expect(markersIn(page)).toHaveCount(located.length);
      // Exercise what builds DOM at run time: a popup, the key, a passage.
      const marker = page.locator('.leaflet-marker-pane [aria-label="Karbala International Airport"]');
      await marker.focus();
      await marker.press('Enter');
      await expect(page.locator('.leaflet-popup [role="dialog"]')).toBeVisible();
      await page.locator('.legend summary').click();
      await page.locator('.passage--opens').first().click();
      expect(await violations()).toEqual([]);
    });
  }

  test.describe(() => {
    test.use({ allowedConsoleErrors: [/Content[- ]Security[- ]Policy|inline style/i] });
    test('the check can fail: an inline style is refused and reported', async ({ page }) => {
      const violations = await watchCspViolations(page);
      await page.goto('/embed.html');
      await expect(markersIn(page)).toHaveCount(located.length);
      await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = 'body { background: red }';
        document.head.append(style);
      });
      await expect.poll(violations).toEqual([expect.stringMatching(/^style-src/)]);
    });
  });

  test('the built pages carry no inline script, style element or style attribute', () => {
    for (const file of ['dist/index.html', 'dist/embed.html']) {
      const html = readFileSync(file, 'utf8');
      expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g), file).toBeNull();
      expect(html.match(/<style\b/g), file).toBeNull();
      expect(html.match(/\sstyle=/g), file).toBeNull();
    }
  });
});
