/** Shared pieces of the journeys: the context the runner passes, sign-in and sign-out, screenshots, waits. */
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface JourneyContext {
  browser: Browser;
  baseUrl: string;
  /** The demo accounts' password (random per run). */
  password: string;
  screenshotDir: string;
}

export interface Journey {
  name: string;
  run: (ctx: JourneyContext) => Promise<void>;
}

export const ROLES = ['admin', 'director', 'leader', 'receiver', 'specialist', 'clerk', 'advisor', 'viewer'] as const;
export type DemoRole = (typeof ROLES)[number];

/** A fresh browser profile (no cookies, no stored language) at a desktop size. */
export async function newPage(ctx: JourneyContext): Promise<{ context: BrowserContext; page: Page }> {
  const context = await ctx.browser.newContext({
    baseURL: ctx.baseUrl,
    viewport: { width: 1440, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 401/.test(m.text())) errors.push(m.text());
  });
  (page as Page & { jsErrors?: string[] }).jsErrors = errors;
  return { context, page };
}

/** Fails when the page logged a JavaScript error (401 from the signed-out /api/auth/me check is expected). */
export function assertNoJsErrors(page: Page): void {
  const errors = (page as Page & { jsErrors?: string[] }).jsErrors ?? [];
  assert.deepEqual(errors, [], `JavaScript errors on the page:\n${errors.join('\n')}`);
}

export async function screenshot(ctx: JourneyContext, page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.mouse.move(1, 899); // no hover effects in the picture
  // Toasts from earlier steps fade after 3 s; a picture of the page should not carry them.
  await page
    .locator('.ant-message-notice')
    .first()
    .waitFor({ state: 'detached', timeout: 5000 })
    .catch(() => undefined);
  await page.waitForTimeout(300); // let antd's motion settle
  await page.screenshot({ path: path.join(ctx.screenshotDir, `${name}.png`), fullPage: true });
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/');
  await page.waitForURL('**/login');
  await page.locator('#username, input[autocomplete="username"]').first().fill(username);
  await page.locator('input[autocomplete="current-password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.getByTestId('ward-name').waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.locator('.user-button').click();
  await page.getByRole('menuitem', { name: /Đăng xuất|Sign out/ }).click();
  await page.waitForURL('**/login');
}

/** The keys of the side-menu entries (data-nav attributes), sorted. */
export async function visibleNav(page: Page): Promise<string[]> {
  const keys = await page.locator('[data-nav]').evaluateAll((els) => els.map((e) => e.getAttribute('data-nav') ?? ''));
  return keys.sort();
}

export async function switchLanguage(page: Page, lang: 'vi' | 'en'): Promise<void> {
  await page.locator('.header-lang').getByText(lang.toUpperCase(), { exact: true }).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}
