/**
 * The backlog clearance as the leader does it: a CSV from a former ward's old system (Vietnamese headers, one
 * unknown column, the applicants' names typed in a TCVN3 font, dates in four shapes, one impossible date) is
 * uploaded, mapped, previewed with its repairs and committed (one row refused, its XLSX offered); the same file
 * again changes nothing. Then triage (filter by the source, override one item with a reason), the plan (two
 * officers, default milestones), start one item (a live dossier with the original code), close another, and the
 * burn-down shows one item fewer. The transfer list writes its covering letter. Screenshots in vi, main ones in en.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Page, Response } from 'playwright-core';
import { encodeLegacy } from '../src/modules/backlog/testing/legacy-text.ts';
import {
  assertNoJsErrors,
  type Journey,
  type JourneyContext,
  newPage,
  screenshot,
  signIn,
  switchLanguage,
} from './support.ts';

const SLOW = { timeout: 30_000 };
const HEADERS = [
  'Mã hồ sơ',
  'Số biên nhận',
  'Tên thủ tục',
  'Lĩnh vực',
  'Người nộp',
  'CCCD',
  'Điện thoại',
  'Ngày nhận',
  'Ngày hẹn trả',
  'Tình trạng',
  'Số hộp lưu trữ',
] as const;
const PROCEDURES = [
  ['Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp', 'Chứng thực'],
  ['Thủ tục đăng ký khai sinh', 'Hộ tịch'],
  ['Thủ tục đăng ký kết hôn', 'Hộ tịch'],
  ['Đăng ký thành lập hộ kinh doanh', 'Kinh doanh'],
  ['Đăng ký thường trú', 'Cư trú'],
  ['Cấp lại Giấy chứng nhận do bị mất', 'Đất đai'],
] as const;
const NAMES = ['Nguyễn Văn Ấn', 'Trần Thị Hằng', 'Lê Hữu Phước', 'Phạm Ngọc Điền', 'Võ Thị Thủy', 'Đặng Quốc Lộc'];
const ROWS = 36;

/** dd/mm/yyyy, d/m/yy, an Excel serial or "ngày … tháng … năm", in turn. */
function dateCell(d: Date, k: number): string {
  const dd = d.getUTCDate();
  const mm = d.getUTCMonth() + 1;
  const y = d.getUTCFullYear();
  const p = (n: number) => String(n).padStart(2, '0');
  switch (k % 4) {
    case 0:
      return `${p(dd)}/${p(mm)}/${y}`;
    case 1:
      return `${dd}/${mm}/${String(y).slice(2)}`;
    case 2:
      return String(Math.round(d.getTime() / 86_400_000) + 25569);
    default:
      return `ngày ${dd} tháng ${mm} năm ${y}`;
  }
}

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The CSV bytes: UTF-8 everywhere except the applicant column, written in TCVN3 (ABC). Row 4 has 31/02. */
function backlogCsv(prefix: string): Buffer {
  const utf8 = (s: string) => Buffer.from(s, 'utf8');
  const lines: Buffer[] = [utf8(`${HEADERS.join(',')}\r\n`)];
  const now = Date.now();
  for (let i = 0; i < ROWS; i++) {
    const [procedure, field] = PROCEDURES[i % PROCEDURES.length]!;
    const received = new Date(now - (40 + i * 7) * 86_400_000);
    const due = new Date(received.getTime() + 15 * 86_400_000);
    const cells = [
      `${prefix}-${String(i + 1).padStart(4, '0')}`,
      `BN${i + 1}`,
      procedure,
      field,
      NAMES[(i + Math.floor(i / PROCEDURES.length)) % NAMES.length]!,
      `0790${String(80_000_000 + i * 137).padStart(8, '0')}`,
      `09${String(12_345_600 + i).padStart(8, '0')}`,
      i === 3 ? '31/02/2026' : dateCell(received, i),
      dateCell(due, i + 1),
      i % 3 === 0 ? 'Chờ bổ sung hồ sơ' : 'Đang xử lý',
      `H-${100 + (i % 7)}`,
    ];
    const parts = cells.map((c, k) => (k === 4 ? Buffer.from(encodeLegacy(c, 'tcvn3')) : utf8(quote(c))));
    const line = parts.flatMap((b, k) => (k === 0 ? [b] : [utf8(','), b]));
    lines.push(Buffer.concat([...line, utf8('\r\n')]));
  }
  return Buffer.concat(lines);
}

async function shot(ctx: JourneyContext, page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(ctx, page, name);
}

/** The browser logs a refused request as a console error; drop the ones a step provoked on purpose. */
function forgetExpected(page: Page, status: number): void {
  const errors = (page as Page & { jsErrors?: string[] }).jsErrors ?? [];
  const kept = errors.filter((e) => !e.includes(`status of ${status}`));
  errors.splice(0, errors.length, ...kept);
}

const isCall = (method: string, pattern: RegExp) => (r: Response) =>
  r.request().method() === method && pattern.test(new URL(r.url()).pathname);

async function upload(
  page: Page,
  source: string,
  file: { name: string; mimeType: string; buffer: Buffer },
  picture?: () => Promise<void>,
) {
  await page.locator('#bl-source').fill(source);
  await page.locator('.bl-upload input[type="file"]').setInputFiles(file);
  await picture?.();
  const [res] = await Promise.all([
    page.waitForResponse(isCall('POST', /^\/api\/backlog\/imports$/), SLOW),
    page.getByTestId('upload-submit').click(),
  ]);
  assert.equal(res.status(), 201, await res.text());
}

/** Picks the option of an antd select (by its data-filter) whose label contains `text`. */
async function pickFilter(page: Page, filter: string, text: string): Promise<void> {
  await page.locator(`[data-filter="${filter}"]`).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

async function rowsOf(page: Page, source: string): Promise<void> {
  await page.locator('[data-tab="triage"]').click();
  await pickFilter(page, 'sourceUnit', source);
  await page.locator('.ant-pagination-total-text', { hasText: `${ROWS - 1}` }).waitFor(SLOW);
}

export const journeys: Journey[] = [
  {
    name: 'backlog: import a former ward’s CSV, triage, plan, start an item, burn-down',
    run: async (ctx) => {
      const { context, page } = await newPage(ctx);
      const stamp = Date.now().toString(36).toUpperCase();
      const source = `Phường Thảo Điền (cũ) ${stamp}`;
      const file = { name: `ton-dong-thao-dien-${stamp}.csv`, mimeType: 'text/csv', buffer: backlogCsv(`TD${stamp}`) };
      try {
        await signIn(page, 'leader', ctx.password);
        await page.locator('[data-nav="backlog"]').click();
        await page.getByRole('heading', { name: 'Giải quyết hồ sơ tồn đọng', level: 1 }).waitFor();

        // 1. Upload → mapping: the Vietnamese headers are recognised, the archive-box column needs a decision.
        await page.locator('[data-tab="import"]').click();
        await upload(page, source, file, () => shot(ctx, page, 'backlog-import-upload'));
        const mapping = page.getByTestId('mapping-table');
        await mapping.waitFor(SLOW);
        assert.equal(await page.getByTestId('mapping-next').isDisabled(), true, 'an unknown header blocks the import');
        await shot(ctx, page, 'backlog-import-mapping');
        await page.locator('[data-confirm="Số hộp lưu trữ"]').click();
        await page.getByTestId('mapping-next').click();

        // 2. Repair preview: the applicants' column is TCVN3 and comes out as Unicode; dates in four shapes.
        const encodings = page.getByTestId('encodings-table');
        await encodings.waitFor();
        await encodings.locator('[data-encoding="tcvn3"]').waitFor();
        await encodings.getByText(NAMES[0]!).first().waitFor();
        await page.getByTestId('dates-table').getByText('ngày … tháng … năm').first().waitFor();
        await page.getByTestId('dates-table').getByText('Dòng sẽ bị loại').waitFor(); // 31/02/2026
        await shot(ctx, page, 'backlog-import-repair');

        // 3. Commit: 35 items, the impossible date refused with its XLSX to download.
        const [committed] = await Promise.all([
          page.waitForResponse(isCall('POST', /\/commit$/), SLOW),
          page.getByTestId('import-commit').click(),
        ]);
        assert.equal(committed.status(), 200, await committed.text());
        const result = page.locator('[data-testid="import-result"][data-outcome="imported"]');
        await result.waitFor(SLOW);
        assert.equal(await page.getByTestId('rejected-count').textContent(), '1');
        const href = await page.getByTestId('rejects-download').getAttribute('href');
        const rejects = await page.request.get(href ?? '');
        assert.equal(rejects.status(), 200);
        assert.equal((await rejects.body()).subarray(0, 2).toString(), 'PK', 'the rejects file is an XLSX');
        await shot(ctx, page, 'backlog-import-result');

        // 4. The same file again: nothing new.
        await page.getByRole('button', { name: 'Nhập tệp khác' }).click();
        await upload(page, source, file);
        await page.locator('[data-testid="import-result"][data-outcome="unchanged"]').waitFor(SLOW);
        await page.getByText('Không có gì mới').waitFor();

        // 5. Triage: only this source; override one item's effort with a reason, and read it in the log.
        await rowsOf(page, source);
        await page.locator('tr.bl-item-row').first().waitFor();
        await shot(ctx, page, 'backlog-triage');
        const first = page.locator('tr.bl-item-row:has([data-action="override"])').first();
        const code = (await first.getAttribute('data-code')) ?? '';
        await first.locator('[data-action="override"]').click();
        const form = page.getByTestId('override-form');
        await form.waitFor();
        await form.locator('label', { hasText: 'Số giờ xử lý' }).click();
        await form.locator('.ant-input-number input').fill('6');
        await page.locator('#bl-override-reason').fill('Hồ sơ phải xác minh thực địa hai lần');
        const [patched] = await Promise.all([
          page.waitForResponse(isCall('PATCH', /^\/api\/backlog\/items\//), SLOW),
          page.locator('#bl-override-ok').click(),
        ]);
        assert.equal(patched.status(), 200, await patched.text());
        await page.locator(`tr[data-code="${code}"]`).getByText('Đã sửa tay').waitFor();
        await page.locator(`tr[data-code="${code}"] .bl-code`).click();
        const drawer = page.locator(`[data-testid="item-drawer"][data-code="${code}"]`);
        await drawer.getByText('Hồ sơ phải xác minh thực địa hai lần').waitFor();
        await page.waitForTimeout(300); // the drawer's motion
        // The drawer covers the viewport: a picture of the viewport, not of the whole long table behind it.
        await page.screenshot({ path: path.join(ctx.screenshotDir, 'backlog-item-override.png') });
        await page.keyboard.press('Escape');
        await drawer.waitFor({ state: 'hidden' });

        // 6. Plan: the specialist and the leader with every field; default milestones 31/7 and 31/8.
        await page.locator('[data-tab="plan"]').click();
        await page.getByTestId('plan-staff').waitFor(SLOW);
        forgetExpected(page, 404); // no active plan yet
        for (const who of ['specialist', 'leader']) {
          await page.locator(`[data-officer="${who}"] input, input[data-officer="${who}"]`).first().check();
          const select = page.locator(`[data-fields="${who}"]`);
          await select.click();
          // This select's own dropdown (by its listbox id): another officer's may still be fading out.
          const listId = await select.locator('input').getAttribute('aria-controls');
          const dropdown = page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${listId}"]`) });
          const options = dropdown.locator('.ant-select-item-option');
          await options.first().waitFor();
          // A click toggles: pick only what is not selected yet, until every field is.
          const unselected = options.and(page.locator(':not(.ant-select-item-option-selected)'));
          for (let guard = 0; guard < 30 && (await unselected.count()) > 0; guard++) await unselected.first().click();
          await page.keyboard.press('Escape');
          await dropdown.waitFor({ state: 'hidden' });
        }
        await page.locator('[data-milestone$="-07-31"]').waitFor();
        await page.locator('[data-milestone$="-08-31"]').waitFor();
        await page.locator('[data-testid="plan-run"]:not([disabled])').waitFor();
        const [planned] = await Promise.all([
          page.waitForResponse(isCall('POST', /^\/api\/backlog\/plans$/), SLOW),
          page.getByTestId('plan-run').click(),
        ]);
        assert.equal(planned.status(), 201, await planned.text());
        await page.locator('[data-testid="plan-result"][data-feasible="true"]').waitFor(SLOW);
        await page.getByTestId('assignments-heatmap').locator('svg').waitFor(SLOW);
        await shot(ctx, page, 'backlog-plan');

        // 7. Start work on one item (a live dossier with the original code); close another as done.
        await rowsOf(page, source);
        const startable = page.locator('tr.bl-item-row:has([data-action="start"])').first();
        const startCode = (await startable.getAttribute('data-code')) ?? '';
        await startable.locator('[data-action="start"]').click();
        const [started] = await Promise.all([
          page.waitForResponse(isCall('POST', /\/start$/), SLOW),
          page.locator('#bl-start-ok').click(),
        ]);
        assert.equal(started.status(), 200, `start → ${started.status()} ${await started.text()}`);
        const link = page.locator(`tr[data-code="${startCode}"] [data-dossier="${startCode}"]`);
        await link.waitFor(SLOW);
        const closable = page.locator('tr.bl-item-row:has([data-action="start"])').first();
        await closable.locator('[data-action="close"]').click();
        const [closed] = await Promise.all([
          page.waitForResponse(isCall('POST', /\/close$/), SLOW),
          page.locator('#bl-close-ok').click(),
        ]);
        assert.equal(closed.status(), 200, await closed.text());
        await link.click();
        await page.waitForURL(`**/dossiers/${encodeURIComponent(startCode)}`);
        await page.locator('.page-header').getByText(startCode).first().waitFor(SLOW);
        await shot(ctx, page, 'backlog-started-dossier');

        // 8. Burn-down: one item fewer than the competent items imported; per officer, the started item is there.
        await page.goto('/backlog/burndown');
        const remaining = page.getByTestId('bd-remaining');
        await remaining.waitFor(SLOW);
        const competent = await page.evaluate(async () => {
          const r = await fetch('/api/backlog/items?competence=ward&limit=1');
          return ((await r.json()) as { total: number }).total;
        });
        assert.equal(Number(await remaining.getAttribute('data-value')), competent - 1);
        await page.getByTestId('burndown-chart').locator('svg').waitFor();
        await shot(ctx, page, 'backlog-burndown');
        await page.getByTestId('burndown-groupby').getByText('Theo cán bộ').click();
        await page.getByTestId('burndown-chart').getByText('Lê Minh Tuấn').first().waitFor(SLOW);

        // 9. Transfers: the residence registrations go to the ward police, with a covering letter.
        await page.locator('[data-tab="transfers"]').click();
        const police = page.locator('[data-body]').filter({ hasText: 'Công an' }).first();
        await police.waitFor(SLOW);
        await police.getByTestId('letter-create').click();
        const letter = police.getByTestId('letter-link');
        await letter.waitFor(SLOW);
        const pdf = await page.request.get((await letter.getAttribute('href')) ?? '');
        assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
        await shot(ctx, page, 'backlog-transfers');

        // 10. The main screens in English.
        await switchLanguage(page, 'en');
        await page.locator('[data-tab="triage"]').click();
        await pickFilter(page, 'sourceUnit', source);
        await page.locator('.ant-pagination-total-text', { hasText: `${ROWS - 1} items` }).waitFor(SLOW);
        await shot(ctx, page, 'backlog-triage-en');
        await page.locator('[data-tab="plan"]').click();
        await page.getByTestId('assignments-heatmap').locator('svg').waitFor(SLOW);
        await shot(ctx, page, 'backlog-plan-en');
        await page.locator('[data-tab="burndown"]').click();
        await page.getByTestId('burndown-chart').locator('svg').waitFor(SLOW);
        await shot(ctx, page, 'backlog-burndown-en');
        await switchLanguage(page, 'vi');
        assertNoJsErrors(page);
      } finally {
        await context.close();
      }
    },
  },
];
