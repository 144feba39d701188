/** Launching the machine's Chromium for browser tests (no downloaded browser builds here). */
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'motcua-e2e-'));
}

/**
 * A browser context whose storage lives in `profileDir`, so closing and launching it again is a
 * browser restart: IndexedDB, the service worker and its caches survive.
 */
export function launchProfile(profileDir: string, options: { timezoneId?: string } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    locale: 'vi-VN',
    timezoneId: options.timezoneId ?? 'Asia/Ho_Chi_Minh',
    viewport: { width: 1280, height: 800 },
  });
}
