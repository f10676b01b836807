/**
 * The administrator's day: add a staff member and edit them, register a kiosk and issue its token (which then
 * works as a bearer token), edit the ward profile, verify the audit chain; the new colleague signs in and
 * changes the password.
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

const NEW_USER = 'e2e.thu';
const NEW_NAME = 'Nguyễn Văn Thử';
const NEW_PASSWORD = 'mat-khau-ban-dau-01';

async function chooseOption(page: Page, fieldId: string, optionText: string): Promise<void> {
  await page.locator(`#${fieldId}`).click();
  await page.locator('.ant-select-dropdown:visible').getByText(optionText, { exact: true }).click();
}

async function dialogButton(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('dialog').getByRole('button', { name }).click();
}

/** The same page in English (its heading `heading`), pictured as `name`, then back to Vietnamese. */
async function inEnglish(ctx: JourneyContext, page: Page, heading: string, name: string): Promise<void> {
  await switchLanguage(page, 'en');
  await page.getByRole('heading', { name: heading, exact: true }).waitFor();
  // The switch's sliding thumb, gone when the chosen segment has its colour (else the picture catches "EN" half-faded).
  await page.locator('.header-lang .ant-segmented-thumb').waitFor({ state: 'detached' });
  await screenshot(ctx, page, name);
  await switchLanguage(page, 'vi');
}

export const journeys: Journey[] = [
  {
    name: 'admin manages staff, devices, tokens, the ward profile and the audit log',
    run: async (ctx) => {
      const { context, page } = await newPage(ctx);
      try {
        await signIn(page, 'admin', ctx.password);

        // Staff: create.
        await page.locator('[data-nav="staff"]').click();
        await page.getByRole('heading', { name: 'Cán bộ, công chức' }).waitFor();
        await page.getByRole('cell', { name: 'Trần Quốc Bảo', exact: true }).waitFor();
        await screenshot(ctx, page, 'admin-staff-vi');
        await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
        await page.locator('#staff_username').fill(NEW_USER);
        await page.locator('#staff_fullName').fill(NEW_NAME);
        await page.locator('#staff_email').fill('thu.nv@ankhanh.example.vn');
        await chooseOption(page, 'staff_departmentId', 'Trung tâm phục vụ hành chính công');
        await chooseOption(page, 'staff_roles', 'Cán bộ tiếp nhận');
        await page.keyboard.press('Escape');
        await page.locator('#staff_password').fill(NEW_PASSWORD);
        await screenshot(ctx, page, 'admin-staff-create');
        await dialogButton(page, 'Thêm mới');
        await page.getByRole('dialog').waitFor({ state: 'detached' });
        const row = page.getByRole('row', { name: new RegExp(NEW_NAME) });
        await row.waitFor();
        assert.match((await row.textContent()) ?? '', /Cán bộ tiếp nhận/);

        // Staff: edit (add a role) with the version read.
        await row.getByRole('button', { name: /Sửa/ }).click();
        await page.locator('#staff_fullName').waitFor();
        assert.equal(await page.locator('#staff_username').inputValue(), NEW_USER);
        await chooseOption(page, 'staff_roles', 'Chuyên viên xử lý');
        await page.keyboard.press('Escape');
        await dialogButton(page, 'Lưu');
        await page.getByRole('dialog').waitFor({ state: 'detached' });
        await page.getByRole('row', { name: new RegExp(`${NEW_NAME}.*Chuyên viên xử lý`) }).waitFor();

        // English.
        await switchLanguage(page, 'en');
        await page.getByRole('heading', { name: 'Staff' }).waitFor();
        await page.getByRole('columnheader', { name: 'Full name' }).waitFor();
        await screenshot(ctx, page, 'admin-staff-en');
        await switchLanguage(page, 'vi');

        // Devices: register a kiosk, issue its token.
        await page.locator('[data-nav="devices"]').click();
        await page.getByRole('button', { name: 'Đăng ký thiết bị' }).click();
        await page.locator('#device_name').fill('kiosk-sanh-1');
        await page.locator('#device_location').fill('Sảnh tầng 1, trụ sở UBND phường');
        await dialogButton(page, 'Thêm mới');
        await page.getByRole('dialog').waitFor({ state: 'detached' });
        const deviceRow = page.getByRole('row', { name: /kiosk-sanh-1/ });
        await deviceRow.waitFor();
        await deviceRow.getByRole('button', { name: /Cấp mã/ }).click();
        assert.equal(await page.locator('#token_label').inputValue(), 'kiosk-sanh-1');
        await dialogButton(page, 'Thêm mới');
        const secret = page.getByTestId('token-secret');
        await secret.waitFor();
        const token = (await secret.textContent())?.trim() ?? '';
        assert.ok(token.length >= 20, `token shown once: ${token}`);
        await screenshot(ctx, page, 'token-secret');
        await dialogButton(page, 'Tôi đã lưu mã');
        await screenshot(ctx, page, 'admin-devices');
        await inEnglish(ctx, page, 'Devices', 'admin-devices-en');

        // The token authenticates the kiosk.
        const asKiosk = await fetch(`${ctx.baseUrl}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } });
        assert.equal(asKiosk.status, 200);
        const kiosk = (await asKiosk.json()) as { kind: string; roles: string[] };
        assert.equal(kiosk.kind, 'device');
        assert.deepEqual(kiosk.roles, ['kiosk']);

        // Tokens list shows it; a staff token is created too, then revoked.
        await page.locator('[data-nav="tokens"]').click();
        await page
          .getByRole('row', { name: /kiosk-sanh-1/ })
          .first()
          .waitFor();
        await page.getByRole('button', { name: 'Tạo mã truy cập' }).click();
        await page.locator('#token_label').fill('Tích hợp báo cáo');
        await page.getByRole('dialog').getByText('Cán bộ', { exact: true }).click();
        await chooseOption(page, 'token_targetId', 'Nguyễn Thị Thu Hà (director)');
        await dialogButton(page, 'Thêm mới');
        await page.getByTestId('token-secret').waitFor();
        await dialogButton(page, 'Tôi đã lưu mã');
        const staffTokenRow = page.getByRole('row', { name: /Tích hợp báo cáo/ });
        await staffTokenRow.getByRole('button', { name: /Thu hồi/ }).click();
        await page.locator('.ant-popconfirm').getByRole('button', { name: 'Thu hồi' }).click();
        await staffTokenRow.getByText('Đã thu hồi').waitFor();
        await screenshot(ctx, page, 'admin-tokens');
        await inEnglish(ctx, page, 'API tokens', 'admin-tokens-en');

        // Ward profile: edit the phone number.
        await page.locator('[data-nav="ward"]').click();
        await page.getByText('Phường Thảo Điền').waitFor();
        await screenshot(ctx, page, 'ward-profile');
        await page.getByRole('button', { name: 'Chỉnh sửa' }).click();
        await page.locator('#ward_phone').fill('028 3744 1234');
        await page.getByRole('button', { name: 'Lưu' }).click();
        await page.getByRole('cell', { name: '028 3744 1234' }).waitFor();

        // Audit: the chain verifies.
        await page.locator('[data-nav="audit"]').click();
        await page
          .getByRole('cell', { name: /staff\.create|staff_created|create/i })
          .first()
          .waitFor();
        await page.getByRole('button', { name: 'Kiểm tra chuỗi' }).click();
        const verdict = page.getByTestId('audit-verify-result');
        await verdict.waitFor();
        assert.match((await verdict.textContent()) ?? '', /toàn vẹn/);
        await screenshot(ctx, page, 'audit');

        // My account.
        await page.goto('/account');
        await page.getByText('Phiên hiện tại').waitFor();
        await screenshot(ctx, page, 'account');
        assertNoJsErrors(page);
        await signOut(page);
      } finally {
        await context.close();
      }
    },
  },
  {
    name: 'the new staff member signs in and changes the password',
    run: async (ctx) => {
      const { context, page } = await newPage(ctx);
      try {
        await signIn(page, NEW_USER, NEW_PASSWORD);
        const nav = await page.locator('[data-nav]').count();
        assert.ok(nav > 0);
        await page.goto('/account');
        await page.locator('#password_currentPassword').fill(NEW_PASSWORD);
        await page.locator('#password_newPassword').fill('mat-khau-moi-cua-toi');
        await page.locator('#password_confirm').fill('mat-khau-moi-cua-toi');
        await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
        await page.getByText('Đã đổi mật khẩu').waitFor();
        await page.goto('/');
        await signOut(page);
        await signIn(page, NEW_USER, 'mat-khau-moi-cua-toi');
        assertNoJsErrors(page);
        // Signing out of the session this page signed in to: the console re-renders once more, after the user is gone.
        await page.waitForLoadState('networkidle');
        await signOut(page);
        await page.locator('input[autocomplete="username"]').waitFor();
        await page.waitForLoadState('networkidle');
        assertNoJsErrors(page);
      } finally {
        await context.close();
      }
    },
  },
];
