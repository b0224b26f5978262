/**
 * Which Chromium the browser suites get: the order (CHROMIUM_PATH, Debian's binary, the npm package)
 * as a pure function, the errors when a place named gives nothing, and the npm package's browser
 * actually launched — as on a fresh machine with no system Chromium — rendering Russian text with
 * real glyphs.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, DEBIAN_CHROMIUM, chooseChromium, findChromium, packageArgs } from './chromium.ts';
import { launchFound } from './harness.ts';

const files =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('the order of the places', () => {
  it('takes CHROMIUM_PATH first, even when Debian has a browser', () => {
    expect(chooseChromium('/opt/chrome/chrome', files('/opt/chrome/chrome', DEBIAN_CHROMIUM))).toEqual({
      from: 'CHROMIUM_PATH',
      path: '/opt/chrome/chrome',
    });
  });

  it('refuses a CHROMIUM_PATH with no file there instead of falling back', () => {
    expect(() => chooseChromium('/opt/nothing/chrome', files(DEBIAN_CHROMIUM))).toThrow(
      'CHROMIUM_PATH is set to "/opt/nothing/chrome", but there is no file there',
    );
  });

  it("takes Debian's /usr/bin/chromium when CHROMIUM_PATH is unset or empty", () => {
    const debian = { from: 'debian', path: DEBIAN_CHROMIUM };
    expect(chooseChromium(undefined, files(DEBIAN_CHROMIUM))).toEqual(debian);
    expect(chooseChromium('', files(DEBIAN_CHROMIUM))).toEqual(debian);
  });

  it('falls to the npm package when neither is there', () => {
    expect(chooseChromium(undefined, files())).toEqual({ from: 'package' });
  });

  it('gives a found CHROMIUM_PATH or Debian binary our flags and no extra environment', async () => {
    const found = await findChromium({ envPath: '/opt/chrome/chrome', exists: files('/opt/chrome/chrome') });
    expect(found).toEqual({
      from: 'CHROMIUM_PATH',
      executablePath: '/opt/chrome/chrome',
      args: CHROMIUM_ARGS,
      env: {},
    });
  });

  it('names all three places when the package cannot be loaded either', async () => {
    const missing = findChromium({
      envPath: undefined,
      exists: files(),
      loadPackage: () => Promise.reject(new Error("Cannot find package '@sparticuz/chromium'")),
    });
    await expect(missing).rejects.toThrow(
      /CHROMIUM_PATH is not set, \/usr\/bin\/chromium does not exist, and the @sparticuz\/chromium package gave none \(Cannot find package/,
    );
  });
});

describe("the package's flags", () => {
  it('keeps ours and drops those that would change what a page may do', () => {
    const args = packageArgs([
      '--no-zygote',
      '--no-sandbox',
      '--single-process',
      '--disable-web-security',
      "--headless='shell'",
      '--use-gl=angle',
      '--disable-features=IsolateOrigins,site-per-process',
    ]);
    expect(args).toEqual([...CHROMIUM_ARGS, '--no-zygote']);
  });
});

/** Each letter drawn alone on a canvas, as a string of its pixels' alpha values. */
async function glyphPrints(page: Page, letters: string[]): Promise<string[]> {
  return page.evaluate((letters) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 48;
    const g = canvas.getContext('2d')!;
    g.font = '40px sans-serif';
    return letters.map((letter) => {
      g.clearRect(0, 0, 48, 48);
      g.fillText(letter, 4, 40);
      const alpha = g.getImageData(0, 0, 48, 48).data.filter((_, i) => i % 4 === 3);
      return Array.from(alpha, (a) => (a > 127 ? '#' : '.')).join('');
    });
  }, letters);
}

describe('the npm package on a machine with no system Chromium', { timeout: 120_000 }, () => {
  it('is found, launches headless, and renders Russian with real glyphs', async () => {
    const found = await findChromium({ envPath: undefined, exists: (p) => p !== DEBIAN_CHROMIUM && existsSync(p) });
    expect(found.from).toBe('package');
    expect(existsSync(found.executablePath)).toBe(true);
    const browser = await launchFound(found);
    try {
      const page = await browser.newPage();
      await page.setContent('<html lang="ru"><h1>Передайте устройство игроку за Россию</h1></html>');
      expect(await page.locator('h1').innerText()).toBe('Передайте устройство игроку за Россию');
      // Tofu (a font with no Cyrillic) draws every letter as the same box, or as nothing.
      const letters = [...'ПРЖшдяюфЁ'];
      const prints = await glyphPrints(page, [...letters, '\u{10FFFD}']);
      const missing = prints.at(-1)!;
      for (const [i, print] of prints.slice(0, -1).entries()) {
        expect(print, letters[i]).toContain('#');
        expect(print, letters[i]).not.toBe(missing);
      }
      expect(new Set(prints).size).toBe(prints.length);
    } finally {
      await browser.close();
    }
  });
});
