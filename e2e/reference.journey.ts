/**
 * The reference data screens: the city administrator reads the 2026 calendar (Tết, the make-up Saturday),
 * turns the unconfirmed 24/11 on and off again, sees a provisional year, has a bad schedule file refused line by
 * line; filters and searches the procedure catalog, opens a procedure, edits its English name and opens the
 * review queue. A receiver reads both screens without any edit control.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  assertNoJsErrors,
  type Journey,
  type JourneyContext,
  newPage,
  screenshot,
  signIn,
  signOut,
  switchLanguage,
} from './support.ts';

const E2E_NAME_EN = 'Birth registration (first-time)';

/** A full-page picture from the top, so the sticky header sits where it belongs. */
async function shot(ctx: JourneyContext, page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(ctx, page, name);
}

async function chooseYear(page: Page, year: number): Promise<void> {
  await page.getByTestId('year-select').click();
  await page.locator('.ant-select-dropdown:visible').getByText(`Năm ${year}`, { exact: true }).click();
  await page.locator(`[data-testid="year-grid"][data-year="${year}"]`).waitFor();
}

async function kindOf(page: Page, date: string): Promise<string | null> {
  return page.locator(`.cal-day[data-date="${date}"]`).getAttribute('data-kind');
}

async function waitKind(page: Page, date: string, kind: string): Promise<void> {
  await page.locator(`.cal-day[data-date="${date}"][data-kind="${kind}"]`).waitFor();
}

async function chooseOption(page: Page, testId: string, optionText: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option-content')
    .getByText(optionText, { exact: true })
    .click();
}

export const journeys: Journey[] = [
  {
    name: 'the city administrator works with the calendar and the procedure catalog',
    run: async (ctx) => {
      const { context, page } = await newPage(ctx);
      try {
        await signIn(page, 'admin', ctx.password);

        // Calendar 2026: Tết 14/2–22/2 and the make-up Saturday 10/1.
        await page.locator('[data-nav="calendar"]').click();
        await page.getByRole('heading', { name: 'Lịch làm việc', level: 1 }).waitFor();
        await chooseYear(page, 2026);
        for (let d = 14; d <= 22; d++) assert.equal(await kindOf(page, `2026-02-${d}`), 'holiday', `Tết ${d}/2`);
        assert.equal(await kindOf(page, '2026-01-10'), 'makeup-workday');
        assert.equal(await kindOf(page, '2026-01-02'), 'swapped');
        assert.equal(await kindOf(page, '2026-04-27'), 'compensatory');
        assert.equal(await kindOf(page, '2026-11-24'), 'workday');
        assert.equal(await page.getByTestId('provisional-banner').count(), 0);
        await page.locator('tr.ant-table-row', { hasText: /10\/01\/2026.*Làm bù/ }).waitFor();
        await shot(ctx, page, 'calendar-vi');

        // 24/11 Ngày Văn hóa Việt Nam: on, then off again.
        const culture = page.getByRole('switch', { name: /Ngày Văn hóa Việt Nam/ });
        assert.equal(await culture.getAttribute('aria-checked'), 'false');
        await culture.click();
        await page.getByText('Đã áp dụng «Ngày Văn hóa Việt Nam»').waitFor();
        await waitKind(page, '2026-11-24', 'holiday');
        assert.equal(await culture.getAttribute('aria-checked'), 'true');
        await culture.click();
        await page.getByText('Đã tắt «Ngày Văn hóa Việt Nam»').waitFor();
        await waitKind(page, '2026-11-24', 'workday');
        assert.equal(await culture.getAttribute('aria-checked'), 'false');

        // A schedule file with mistakes is refused, every problem listed with its line.
        await page.getByRole('button', { name: 'Nhập lịch năm (JSON)' }).click();
        const bad = {
          year: 2027,
          source: 'Thử nghiệm',
          entries: [
            { date: '2027-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
            { date: '2028-02-03', kind: 'holiday', name: 'Sai năm' },
            { date: '2027-03-03', kind: 'makeup-workday', name: 'Làm bù thứ Tư' },
          ],
        };
        await page
          .getByRole('dialog')
          .locator('input[type="file"]')
          .setInputFiles({
            name: '2027.json',
            mimeType: 'application/json',
            buffer: Buffer.from(JSON.stringify(bad, null, 2)),
          });
        await page.getByRole('dialog').getByText('2027.json').waitFor();
        await page.getByRole('dialog').getByRole('button', { name: 'Nhập lịch' }).click();
        const problems = page.getByTestId('import-problems');
        await problems.waitFor();
        const text = (await problems.textContent()) ?? '';
        assert.match(text, /Dòng 10 · mục 2/);
        assert.match(text, /Dòng 15 · mục 3/);
        await shot(ctx, page, 'calendar-import-errors');
        // The browser logs the refused upload (400) as a console error; that one is expected here.
        const logged = (page as Page & { jsErrors?: string[] }).jsErrors ?? [];
        const refused = logged.findIndex((e) => /status of 400/.test(e));
        assert.ok(refused >= 0, 'the refused import is a 400');
        logged.splice(refused, 1);
        await page.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click();
        await page.getByRole('dialog').waitFor({ state: 'detached' });

        // English.
        await switchLanguage(page, 'en');
        await page.getByRole('heading', { name: 'Working calendar', level: 1 }).waitFor();
        await shot(ctx, page, 'calendar-en');
        await switchLanguage(page, 'vi');

        // 2031 has no announced schedule: provisional.
        await chooseYear(page, 2031);
        await page.getByTestId('provisional-banner').getByText('Lịch dự kiến — chưa có công bố chính thức').waitFor();
        await shot(ctx, page, 'calendar-2031');

        // Catalog: filter by field, search, open a procedure.
        await page.locator('[data-nav="catalog"]').click();
        await page.getByRole('heading', { name: 'Danh mục thủ tục hành chính', level: 1 }).waitFor();
        const table = page.getByTestId('catalog-table');
        await table.locator('.cat-name-link').first().waitFor();
        await chooseOption(page, 'filter-field', 'Chứng thực');
        await page.waitForURL(/field=/);
        const fieldCells = table.locator('tr.ant-table-row td:nth-child(3)');
        const onlyField = async () => {
          const fields = await fieldCells.allTextContents();
          return fields.length > 0 && fields.every((f) => f === 'Chứng thực');
        };
        for (let i = 0; i < 50 && !(await onlyField()); i++) await page.waitForTimeout(100);
        assert.ok(await onlyField(), `filtered by field: ${(await fieldCells.allTextContents()).join('|')}`);
        await chooseOption(page, 'filter-field', 'Hộ tịch');
        await page.getByTestId('catalog-search').fill('khai sinh');
        await page.waitForURL(/q=khai/);
        const names = table.locator('.cat-name-link');
        const onlyBirth = async () => {
          const list = await names.allTextContents();
          // Ranked hits within Hộ tịch (19 procedures): birth registration first, a handful of related ones.
          return list[0] === 'Thủ tục đăng ký khai sinh' && list.length >= 3 && list.length < 19;
        };
        for (let i = 0; i < 50 && !(await onlyBirth()); i++) await page.waitForTimeout(100);
        assert.ok(await onlyBirth(), `ranked search hits: ${(await names.allTextContents()).join(' | ')}`);
        await table.getByRole('link', { name: 'Thủ tục đăng ký khai sinh', exact: true }).waitFor();
        await shot(ctx, page, 'catalog-list-vi');
        await switchLanguage(page, 'en');
        await page.getByRole('heading', { name: 'Administrative procedures', level: 1 }).waitFor();
        await shot(ctx, page, 'catalog-list-en');
        await switchLanguage(page, 'vi');

        await table.getByRole('link', { name: 'Thủ tục đăng ký khai sinh', exact: true }).click();
        await page.getByRole('heading', { name: 'Thủ tục đăng ký khai sinh', level: 1 }).waitFor();
        await page.getByTestId('unverified-fee').waitFor();
        await page.getByTestId('documents-table').waitFor();
        await shot(ctx, page, 'catalog-detail');

        // Edit the English name.
        await page.getByRole('button', { name: 'Sửa' }).click();
        await page.getByRole('heading', { name: 'Cập nhật thủ tục', level: 1 }).waitFor();
        const nameEn = page.locator('#procedure_nameEn');
        assert.equal(await nameEn.inputValue(), 'Birth registration');
        await nameEn.fill(E2E_NAME_EN);
        await shot(ctx, page, 'catalog-edit');
        await page.locator('.cat-edit-footer').getByRole('button', { name: 'Lưu' }).click();
        await page.getByRole('heading', { name: 'Thủ tục đăng ký khai sinh', level: 1 }).waitFor();
        await page.getByText(E2E_NAME_EN, { exact: true }).waitFor();

        // The review queue.
        await page.getByTestId('unverified-banner').getByRole('button', { name: 'Hàng chờ rà soát' }).click();
        await page.getByRole('heading', { name: 'Rà soát danh mục', level: 1 }).waitFor();
        const first = page.getByTestId('review-table').locator('.ant-table-row-expand-icon').first();
        await first.click();
        await page.locator('.cat-review-value').first().waitFor();
        await page.getByRole('button', { name: 'Chấp nhận' }).first().waitFor();
        await shot(ctx, page, 'catalog-review');
        assertNoJsErrors(page);
        await signOut(page);
      } finally {
        await context.close();
      }
    },
  },
  {
    name: 'a receiver reads the calendar and the catalog without edit controls',
    run: async (ctx) => {
      const { context, page } = await newPage(ctx);
      try {
        await signIn(page, 'receiver', ctx.password);
        await page.locator('[data-nav="calendar"]').click();
        await chooseYear(page, 2026);
        await waitKind(page, '2026-02-17', 'holiday');
        await page.getByRole('switch', { name: /Ngày Văn hóa Việt Nam/ }).waitFor();
        assert.equal(await page.getByRole('switch', { name: /Ngày Văn hóa Việt Nam/ }).isDisabled(), true);
        assert.equal(await page.getByRole('button', { name: 'Nhập lịch năm (JSON)' }).count(), 0);
        assert.equal(await page.getByRole('button', { name: 'Thêm ngày' }).count(), 0);
        assert.equal(await page.getByTestId('office-hours').getByRole('button', { name: 'Lưu' }).count(), 0);
        assert.equal(await page.getByTestId('ward-days-off').getByRole('button', { name: /Thêm/ }).count(), 0);
        await page
          .getByTestId('deadline-calculator')
          .getByRole('button', { name: /Tính hạn/ })
          .click();
        await page.getByTestId('due-result').waitFor();

        await page.locator('[data-nav="catalog"]').click();
        await page.getByTestId('catalog-table').locator('.cat-name-link').first().waitFor({ timeout: 20_000 });
        assert.equal(await page.getByRole('button', { name: 'Hàng chờ rà soát' }).count(), 0);
        await page.goto('/catalog/1.001193');
        await page.getByRole('heading', { name: 'Thủ tục đăng ký khai sinh', level: 1 }).waitFor();
        assert.equal(await page.getByRole('button', { name: 'Sửa' }).count(), 0);
        await page.goto('/catalog/1.001193/edit');
        await page.getByText('chỉ quản trị viên cấp thành phố được sửa').waitFor();
        await page.goto('/catalog/review');
        await page.getByText('Bạn không có quyền truy cập chức năng này.').waitFor();
        assertNoJsErrors(page);
        await signOut(page);
      } finally {
        await context.close();
      }
    },
  },
];
