/**
 * A dossier from the counter to the citizen's phone: the receiver takes 1.001612 (business household, two required
 * documents; a bad ID number and a missing document are refused, the latter by the API in Vietnamese) and prints
 * form 01; the leader transfers and assigns it (a 409 on the way), the specialist submits it, the leader approves
 * it, the clerk signs it, the receiver returns it; the citizen looks it up on /tra-cuu in Vietnamese and English.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertNoJsErrors, type Journey, type JourneyContext, newPage, screenshot, signIn } from './support.ts';

const PROCEDURE = '1.001612';
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

/** The director transfers the dossier again through the API, with its current version (a second browser). */
async function transferElsewhere(ctx: JourneyContext, code: string): Promise<void> {
  const json = { 'content-type': 'application/json' };
  const credentials = JSON.stringify({ username: 'director', password: ctx.password });
  const login = await fetch(`${ctx.baseUrl}/api/auth/login`, { method: 'POST', headers: json, body: credentials });
  assert.equal(login.status, 200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const url = `${ctx.baseUrl}/api/dossiers/${encodeURIComponent(code)}`;
  const d = (await (await fetch(url, { headers: { cookie } })).json()) as { version: number; departmentId: string };
  const res = await fetch(`${url}/actions`, {
    method: 'POST',
    headers: { ...json, cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ type: 'transfer', departmentId: d.departmentId, version: d.version }),
  });
  assert.equal(res.status, 200, await res.text());
}

/**
 * The next officer at the same browser: cookies dropped, app reloaded. Not the menu's sign-out, which races in
 * the shared shell (AppLayout calls useCurrentUser() after logout cleared the cache: React error #520).
 */
async function switchUser(ctx: JourneyContext, page: Page, username: string): Promise<void> {
  await page.context().clearCookies();
  await signIn(page, username, ctx.password);
}

/** One action from the dossier page's action panel (or the approval screen), with its small form filled. */
async function act(page: Page, action: string, fill?: () => Promise<void>): Promise<void> {
  await page.locator(`button[data-action="${action}"]`).click();
  const modal = page.locator(`.ant-modal form[data-action="${action}"]`);
  await modal.waitFor();
  if (fill) await fill();
  const res = await submitAction(page);
  assert.equal(res.status(), 200, `${action} → ${res.status()} ${await res.text()}`);
  await modal.waitFor({ state: 'detached' });
}

async function submitAction(page: Page) {
  const [res] = await Promise.all([
    // Actions that generate forms and notifications can take longer than 10 s on a loaded 2-core machine.
    page.waitForResponse((r) => r.url().endsWith('/actions') && r.request().method() === 'POST', { timeout: 30_000 }),
    page.locator('#dos-action-ok').click(),
  ]);
  return res;
}

/** Picks in a modal's select by keyboard (type to filter, Enter), so no open dropdown covers the OK button. */
async function choose(page: Page, field: string, search = ''): Promise<string> {
  const select = page.locator(`.ant-modal .ant-form-item:has(#${field}) .ant-select`);
  await select.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().waitFor();
  if (search) await page.keyboard.type(search);
  await page.keyboard.press('Enter');
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
  return (await select.textContent()) ?? '';
}

async function waitStatus(page: Page, s: string): Promise<void> {
  await page.locator(`.page-header [data-status="${s}"]`).waitFor();
}

/** The citizen's phone right after intake: the clock runs, the remaining time shows. */
async function citizenLooksUp(ctx: JourneyContext, code: string, secret: string, name: string): Promise<void> {
  const { context, page } = await newPage(ctx);
  try {
    await page.setViewportSize({ width: 412, height: 915 });
    await page.goto(`/tra-cuu?ma=${encodeURIComponent(code)}&mk=${secret}`);
    await page.getByTestId('lookup-result').locator('.lk-remaining').waitFor();
    await screenshot(ctx, page, name);
    assertNoJsErrors(page);
  } finally {
    await context.close();
  }
}

export const journeys: Journey[] = [
  {
    name: 'counter intake to returned result, and the citizen looks it up',
    run: async (ctx) => {
      const { context, page } = await newPage(ctx);
      let code = '';
      let secret = '';
      try {
        // 1. The receiver finds the procedure.
        await signIn(page, 'receiver', ctx.password);
        await page.locator('[data-nav="dossier-intake"]').click();
        await page.getByRole('heading', { name: 'Tiếp nhận hồ sơ tại quầy', level: 1 }).waitFor();
        await page.getByTestId('procedure-search').fill('hộ kinh doanh');
        const hit = page.locator(`[data-procedure="${PROCEDURE}"]`);
        await hit.waitFor();
        await hit.getByRole('button', { name: 'Chọn' }).click();
        await page.locator('.dos-step-side').getByText(PROCEDURE).waitFor();
        await shot(ctx, page, 'dossier-intake-1-procedure');
        await page.locator('.dos-step-side').getByRole('button', { name: 'Tiếp tục' }).click();

        // 2. The checklist: only the application form handed in → one required document missing.
        await page.locator('[data-doc="doc-1"]').check();
        await page.getByTestId('missing-warning').waitFor();
        await page.getByRole('button', { name: 'Tiếp tục' }).click();

        // 3. The applicant: a bad ID number and phone are refused in the browser.
        await page.locator('#fullName').fill('Nguyễn Văn An');
        await page.locator('#idNumber').fill('07912345');
        await page.locator('#phone').fill('0123');
        await page.locator('#address').fill('12 Trần Não, phường An Khánh, TP. Hồ Chí Minh');
        await page.locator('label.ant-radio-button-wrapper', { hasText: 'Tiếp nhận (hồ sơ đầy đủ)' }).click();
        await page.getByTestId('intake-submit').click();
        await page.getByText('Số định danh cá nhân gồm đúng 12 chữ số').waitFor();
        await page.getByText('Số di động Việt Nam không hợp lệ (ví dụ 0912 345 678)').waitFor();
        await page.locator('#idNumber').fill('079123456789');
        await page.locator('#phone').fill('0912 345 678');
        // …and the API refuses to receive without the required document, in Vietnamese, with its code.
        await page.getByTestId('intake-submit').click();
        const refused = page.getByTestId('intake-error');
        await refused.getByText('DOSSIER_MISSING_DOCUMENTS').waitFor();
        await refused.getByText('Hồ sơ thiếu giấy tờ bắt buộc').waitFor();
        await refused.getByText('Giấy tờ pháp lý cá nhân').waitFor();
        forgetExpected(page, 422);
        await shot(ctx, page, 'dossier-intake-error');

        // Back to the checklist: the personal papers are there after all.
        await page.getByRole('button', { name: 'Quay lại' }).click();
        await page.locator('[data-doc="doc-2"]').check();
        await page.getByText('Đủ giấy tờ bắt buộc: có thể tiếp nhận.').waitFor();
        await shot(ctx, page, 'dossier-intake-2-checklist');
        await page.getByRole('button', { name: 'Tiếp tục' }).click();
        await page.locator('#email').fill('an.nguyen@example.vn');
        assert.equal(await page.getByRole('radio', { name: 'Tiếp nhận (hồ sơ đầy đủ)' }).isChecked(), true);
        await shot(ctx, page, 'dossier-intake-3-applicant');
        const [created] = await Promise.all([
          page.waitForResponse((r) => r.url().endsWith('/api/dossiers') && r.request().method() === 'POST'),
          page.getByTestId('intake-submit').click(),
        ]);
        assert.equal(created.status(), 201);

        // 4. The receipt: code, secret, and form 01 as a PDF.
        code = ((await page.getByTestId('dossier-code').textContent()) ?? '').trim();
        secret = ((await page.getByTestId('lookup-secret').textContent()) ?? '').trim();
        assert.match(code, /^[0-9A-Za-z.]+-\d{6}-\d{4,}$/);
        assert.match(secret, /^[A-Z0-9]{6,}$/);
        const slip = (await page.getByTestId('print-slip').getAttribute('href')) ?? '';
        assert.ok(slip.includes('/forms/01.pdf?secret='), `form 01 link: ${slip}`);
        assert.equal(await page.getByTestId('print-slip').getAttribute('target'), '_blank');
        const pdf = await page.request.get(slip);
        assert.equal(pdf.status(), 200);
        assert.equal(pdf.headers()['content-type'], 'application/pdf');
        assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
        await page.locator('.dos-qr img').waitFor();
        await shot(ctx, page, 'dossier-receipt');
        assertNoJsErrors(page);
        await citizenLooksUp(ctx, code, secret, 'tra-cuu-received');
        // 5. The leader: the dossier waits to be assigned; transfer to the economy division, assign the specialist.
        await switchUser(ctx, page, 'leader');
        await page.goto('/dossiers?queue=to-assign');
        await page.locator(`a[data-code="${code}"]`).waitFor();
        await page.locator('[data-queue="to-assign"] .dos-queue-count', { hasText: /^1$/ }).waitFor();
        await shot(ctx, page, 'dossier-queues');
        await page.locator(`a[data-code="${code}"]`).click();
        await page.getByTestId('detail-code').waitFor();
        await act(page, 'transfer', async () => {
          assert.equal(await choose(page, 'departmentId', 'Kinh tế'), 'Phòng Kinh tế – Hạ tầng và Đô thị');
        });
        await waitStatus(page, 'in-progress');

        // Meanwhile the director transfers it again (API): the leader's page still holds the old version, so the
        // assignment is refused with 409 — the page reloads the dossier and says why; the leader assigns again.
        await transferElsewhere(ctx, code);
        await page.locator('button[data-action="assign"]').click();
        await choose(page, 'assigneeId');
        assert.equal((await submitAction(page)).status(), 409);
        await page.getByText('Hồ sơ vừa được người khác cập nhật').waitFor();
        await page.locator('.dos-timeline [data-log="transfer"]').nth(1).waitFor();
        forgetExpected(page, 409);
        await act(page, 'assign', async () => {
          assert.equal(await choose(page, 'assigneeId'), 'Võ Thanh Sơn');
        });
        await page.locator('.dos-timeline').getByText('Võ Thanh Sơn').first().waitFor();
        assertNoJsErrors(page);

        // 6. The specialist sees it in "mine" and submits it for approval.
        await switchUser(ctx, page, 'specialist');
        await page.locator('[data-nav="dossiers"]').click();
        await page.locator('[data-queue="mine"][aria-pressed="true"]').waitFor();
        await page.locator(`a[data-code="${code}"]`).click();
        await page.getByTestId('detail-code').waitFor();
        await shot(ctx, page, 'dossier-detail');
        await act(page, 'submit-for-approval', async () => {
          await page
            .locator('.ant-modal #note')
            .fill('Hồ sơ hợp lệ, đủ điều kiện cấp Giấy chứng nhận đăng ký hộ kinh doanh.');
        });
        await waitStatus(page, 'awaiting-approval');
        assert.equal(await page.locator('button[data-action="submit-for-approval"]').count(), 0);

        // 7. The leader approves on the approval screen.
        await switchUser(ctx, page, 'leader');
        await page.locator('[data-nav="dossier-approval"]').click();
        await page.locator(`.dos-ap-item[data-code="${code}"]`).waitFor();
        await page.locator('.dos-decide').getByText('Hồ sơ hợp lệ').waitFor();
        await shot(ctx, page, 'dossier-approval');
        await act(page, 'approve');
        await page.getByText('Không có hồ sơ chờ phê duyệt').waitFor();

        // 8. The clerk signs, numbers and sends the result to the one-stop desk.
        await switchUser(ctx, page, 'clerk');
        await page.goto(`/dossiers/${encodeURIComponent(code)}`);
        await page.getByTestId('detail-code').filter({ hasText: code }).waitFor();
        await act(page, 'sign-and-number', async () => {
          await page.locator('.ant-modal #resultNumber').fill('41.8.000123');
        });
        await waitStatus(page, 'signed');
        await act(page, 'result-ready');
        await waitStatus(page, 'result-ready');

        // 9. The receiver returns the result at the counter.
        await switchUser(ctx, page, 'receiver');
        await page.goto('/dossiers?queue=to-return');
        await page.locator(`a[data-code="${code}"]`).click();
        await act(page, 'return-result');
        await waitStatus(page, 'returned');
        await page.locator('a[data-form="06"]').waitFor();
        await shot(ctx, page, 'dossier-detail-returned');
        await page.locator('.header-lang').getByText('EN', { exact: true }).click();
        await page.getByText('Processing history').waitFor();
        await shot(ctx, page, 'dossier-detail-en');
        await page.locator('.header-lang').getByText('VI', { exact: true }).click();

        // The register (form 07) for this month: Excel and PDF.
        await page.goto('/dossiers');
        await page.getByRole('button', { name: 'Sổ theo dõi (mẫu 07)' }).click();
        const register = page.locator('.ant-modal');
        await register.getByText('Khoảng ngày tiếp nhận', { exact: true }).waitFor();
        await screenshot(ctx, page, 'dossier-register');
        for (const [label, type] of [
          ['Tải sổ Excel (.xlsx)', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
          ['Mở bản PDF để in', 'application/pdf'],
        ] as const) {
          const href = (await register.getByRole('link', { name: label }).getAttribute('href')) ?? '';
          const file = await page.request.get(href);
          assert.equal(file.status(), 200, `${href} → ${file.status()}`);
          assert.equal(file.headers()['content-type'], type);
        }
        assertNoJsErrors(page);
      } finally {
        await context.close();
      }

      // 10. The citizen scans the QR code of the receipt on a phone.
      const citizen = await newPage(ctx);
      try {
        const phone = citizen.page;
        await phone.setViewportSize({ width: 412, height: 915 });
        await phone.goto(`/tra-cuu?ma=${encodeURIComponent(code)}&mk=wrong1`);
        await phone.getByText('Mã hồ sơ hoặc mã tra cứu không đúng.').waitFor();
        forgetExpected(phone, 404);
        await phone.goto(`/tra-cuu?ma=${encodeURIComponent(code)}&mk=${secret}`);
        const result = phone.getByTestId('lookup-result');
        await result.waitFor();
        assert.equal(await result.locator('.lk-status').getAttribute('data-status'), 'returned');
        await result.getByText('N.V.A.').waitFor();
        assert.equal(await result.getByText('Nguyễn Văn An').count(), 0, 'no full name on the public page');
        await result.getByText('Trả kết quả', { exact: true }).waitFor();
        await screenshot(ctx, phone, 'tra-cuu');
        await phone.getByRole('button', { name: 'English' }).click();
        await result.getByText('Result returned').first().waitFor();
        await screenshot(ctx, phone, 'tra-cuu-en');
        assertNoJsErrors(phone);
      } finally {
        await citizen.context.close();
      }
    },
  },
];
