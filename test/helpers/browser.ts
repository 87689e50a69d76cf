import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's chromium, never a downloaded browser; `--no-sandbox` as the tests run as root. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
}

/**
 * Where a browser test writes its screenshots: `DESK_SCREENSHOTS=update` writes the README's (in
 * docs/screenshots); otherwise a temporary folder, so a test run leaves the working tree as it was.
 */
export function screenshotFolder(): string {
  return process.env.DESK_SCREENSHOTS === 'update'
    ? path.resolve(import.meta.dirname, '../../docs/screenshots')
    : mkdtempSync(path.join(tmpdir(), 'desk-screenshots-'));
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's serious and critical findings on the page as it is, as `rule: targets`. Injected
 * through CDP: the pages' CSP allows no script tag.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Runtime.evaluate', { expression: AXE_SOURCE });
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`,
      awaitPromise: true,
      returnByValue: true,
    });
    return result.value as string[];
  } finally {
    await cdp.detach();
  }
}
