/** Every demo role signs in, sees the navigation its role allows (and is refused the rest), and signs out. */
import assert from 'node:assert/strict';
import {
  assertNoJsErrors,
  type DemoRole,
  type Journey,
  newPage,
  ROLES,
  screenshot,
  signIn,
  signOut,
  switchLanguage,
  visibleNav,
} from './support.ts';

const ALL = ROLES;
const MANAGERS = ['admin', 'director', 'leader'] as const;

/** Which roles see each menu entry (kept independent of web/src/app/navigation.tsx on purpose). */
const NAV: Record<string, readonly DemoRole[]> = {
  home: ALL,
  queue: [...MANAGERS, 'receiver'],
  dossiers: [...MANAGERS, 'receiver', 'specialist', 'clerk', 'viewer'],
  'dossier-intake': ['receiver', 'advisor'],
  'dossier-approval': ['leader', 'director'],
  backlog: [...MANAGERS, 'specialist', 'clerk'],
  catalog: ALL,
  calendar: ALL,
  assistant: [...MANAGERS, 'receiver', 'advisor'],
  reports: [...MANAGERS, 'viewer'],
  staff: MANAGERS,
  devices: ['admin'],
  tokens: ['admin'],
  ward: MANAGERS,
  audit: ['admin', 'director'],
};

const PATHS: Record<string, string> = {
  staff: '/admin/staff',
  devices: '/admin/devices',
  tokens: '/admin/tokens',
  ward: '/admin/ward',
  audit: '/admin/audit',
};

export const journeys: Journey[] = [
  {
    name: 'the sign-in page, in Vietnamese and English, refuses a wrong password',
    run: async (ctx) => {
      const { context, page } = await newPage(ctx);
      try {
        await page.goto('/');
        await page.waitForURL('**/login');
        assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
        await page.getByRole('heading', { name: 'Đăng nhập hệ thống' }).waitFor();
        await screenshot(ctx, page, 'login-vi');
        await page.locator('#username').fill('admin');
        await page.locator('#password').fill('wrong-password-123');
        await page.locator('form button[type="submit"]').click();
        await page.getByRole('alert').waitFor();
        await page.locator('.login-side .header-lang').getByText('EN', { exact: true }).click();
        await page.getByRole('heading', { name: 'Sign in' }).waitFor();
        await page.locator('#password').fill('');
        await page.locator('#username').fill('');
        await page.locator('form button[type="submit"]').click();
        await page.getByText('Please enter your username').waitFor();
        await screenshot(ctx, page, 'login-en');
        await page.locator('.login-side .header-lang').getByText('VI', { exact: true }).click();
        await page.getByRole('heading', { name: 'Đăng nhập hệ thống' }).waitFor();
      } finally {
        await context.close();
      }
    },
  },
  ...ROLES.map(
    (role): Journey => ({
      name: `${role} signs in, sees the navigation of the role, signs out`,
      run: async (ctx) => {
        const { context, page } = await newPage(ctx);
        try {
          await signIn(page, role, ctx.password);
          assert.equal(await page.getByTestId('ward-name').textContent(), 'Phường An Khánh');
          const expected = Object.entries(NAV)
            .filter(([, roles]) => roles.includes(role))
            .map(([k]) => k)
            .sort();
          assert.deepEqual(await visibleNav(page), expected, `navigation of ${role}`);
          // Tiles on the overview match the menu (minus the overview itself).
          await page.locator('[data-tile]').first().waitFor();
          const tiles = await page
            .locator('[data-tile]')
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-tile')));
          assert.deepEqual(
            tiles.sort(),
            expected.filter((k) => k !== 'home'),
            `overview tiles of ${role}`,
          );
          await screenshot(ctx, page, `home-${role}`);

          // A coming-soon module opens from the menu.
          // (The reports screens are not built yet; roles without them have nothing coming soon.)
          const soon = page.locator('[data-nav="reports"]');
          if ((await soon.count()) > 0) {
            await soon.first().click();
            await page.getByText('Chức năng đang được hoàn thiện').waitFor();
            if (role === 'viewer') await screenshot(ctx, page, 'coming-soon');
          }

          // Pages outside the role are refused by URL too.
          for (const [key, p] of Object.entries(PATHS)) {
            if (NAV[key]?.includes(role)) continue;
            await page.goto(p);
            await page.getByText('Bạn không có quyền truy cập chức năng này.').waitFor();
          }
          assertNoJsErrors(page);
          await page.goto('/');
          await signOut(page);
          // The session is gone: the console sends us back to sign in.
          await page.goto('/admin/ward');
          await page.waitForURL('**/login');
        } finally {
          await context.close();
        }
      },
    }),
  ),
  {
    name: 'the language switch persists across a reload',
    run: async (ctx) => {
      const { context, page } = await newPage(ctx);
      try {
        await signIn(page, 'director', ctx.password);
        await page.locator('[data-nav="home"]').getByText('Tổng quan').waitFor();
        await switchLanguage(page, 'en');
        await page.locator('[data-nav="home"]').getByText('Overview').waitFor();
        await page.reload();
        await page.locator('[data-nav="home"]').getByText('Overview').waitFor();
        assert.equal(await page.locator('html').getAttribute('lang'), 'en');
        assert.equal(await page.getByTestId('ward-name').textContent(), 'An Khanh Ward');
        await screenshot(ctx, page, 'home-director-en');
        await switchLanguage(page, 'vi');
        await page.reload();
        await page.locator('[data-nav="home"]').getByText('Tổng quan').waitFor();
        assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
        assertNoJsErrors(page);
      } finally {
        await context.close();
      }
    },
  },
];
