/**
 * The assistant on the kiosk (/hoi-dap): a citizen asks in Vietnamese without diacritics, reads the card and
 * takes a ticket; a foreign resident asks in English and gets an English answer; bad input gets a polite
 * answer and nothing is rendered as HTML; a public visitor (no device token) gets answers but no ticket
 * button; the administrator sees the unanswered question and attaches it to a procedure in two clicks.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertNoJsErrors, type Journey, type JourneyContext, newPage, screenshot, signIn } from './support.ts';

async function kioskToken(ctx: JourneyContext): Promise<string> {
  const login = await fetch(`${ctx.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ctx.password }),
  });
  assert.equal(login.status, 200, 'admin signs in');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${ctx.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify(body),
    });
    assert.ok(res.ok, `${path} → ${res.status}`);
    return (await res.json()) as Record<string, string>;
  };
  const device = await post('/api/devices', { name: 'kiosk-hoi-dap', role: 'kiosk' });
  return (await post('/api/tokens', { label: 'kiosk-hoi-dap', deviceId: device.id })).token as string;
}

async function ask(page: Page, question: string): Promise<void> {
  const box = page.locator('#as-question');
  await box.fill(question);
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/assistant/ask'));
  await page.getByRole('button', { name: /^(Hỏi|Ask)$/ }).click();
  assert.equal((await answered).status(), 200);
  await page.getByTestId('answer').waitFor();
}

export const journeys: Journey[] = [
  {
    name: 'a citizen asks the kiosk without diacritics and in English, takes a ticket; bad input is answered politely',
    run: async (ctx) => {
      const token = await kioskToken(ctx);
      const { context, page } = await newPage(ctx);
      await context.addInitScript(() => {
        // Headless Chromium has no voices; keep the page from speaking during the test.
        Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
        delete (window as { speechSynthesis?: unknown }).speechSynthesis;
      });
      await page.setViewportSize({ width: 1280, height: 1024 });
      try {
        await page.goto(`/hoi-dap?token=${encodeURIComponent(token)}`);
        await page.getByRole('heading', { name: 'Hỏi đáp thủ tục hành chính' }).waitFor();
        assert.ok(!page.url().includes('token='), 'the token leaves the address bar');
        await page.getByText('Phường An Khánh').first().waitFor();
        await screenshot(ctx, page, 'assistant-kiosk-home');

        // Vietnamese without diacritics → the birth registration card, counter A.
        await ask(page, 'lam giay khai sinh cho con can giay to gi');
        const card = page.getByTestId('answer-card');
        await card.getByRole('heading', { name: 'Đăng ký khai sinh', exact: true }).waitFor();
        assert.match((await card.textContent()) ?? '', /Quầy A/);
        assert.match((await card.textContent()) ?? '', /Giấy tờ cần mang/);
        await screenshot(ctx, page, 'assistant-kiosk-card-vi');

        // 👍 then "Lấy số thứ tự" → a ticket of group A.
        await page.getByRole('button', { name: 'Có' }).click();
        await page.getByText('Cảm ơn bạn đã góp ý!').waitFor();
        await card.getByRole('button', { name: /Lấy số thứ tự/ }).click();
        const ticket = page.getByTestId('ticket');
        await ticket.waitFor();
        assert.match((await ticket.locator('.ak-number').textContent()) ?? '', /^A\d{3,}$/);
        await screenshot(ctx, page, 'assistant-kiosk-ticket');
        await ticket.getByRole('button', { name: 'Xong' }).click();

        // English → an English card.
        await ask(page, 'How do I get a building permit for my house?');
        const en = page.getByTestId('answer');
        assert.equal(await en.getAttribute('lang'), 'en');
        await page.getByTestId('answer-card').getByText('Where to go').waitFor();
        assert.match((await page.getByTestId('answer-card').textContent()) ?? '', /Counters B/);
        await page.getByRole('button', { name: /Take a queue ticket/ }).waitFor();
        await screenshot(ctx, page, 'assistant-kiosk-card-en');

        // Bad input: markup is shown as text, never rendered; other scripts and emoji get a polite answer.
        await ask(page, '<img src=x onerror="window.__pwned=1"><b>khai sinh</b>');
        assert.equal(await page.locator('.as-widget b, .as-widget img').count(), 0, 'no HTML rendered');
        assert.equal(await page.evaluate(() => (window as { __pwned?: number }).__pwned), undefined);
        for (const q of ['😀😀😀', '你好，请问洗手间在哪里', 'x'.repeat(10_000)]) {
          await ask(page, q);
          const text = (await page.locator('.as-message').textContent()) ?? '';
          assert.ok(text.length > 10, `a polite answer for ${q.slice(0, 10)}`);
          assert.equal(await page.getByTestId('answer-card').count(), 0);
        }
        await screenshot(ctx, page, 'assistant-kiosk-polite');

        // An unclear question asks back.
        await ask(page, 'khai sinh');
        assert.equal(await page.getByTestId('answer').getAttribute('data-kind'), 'clarify');
        await screenshot(ctx, page, 'assistant-kiosk-clarify');
        assertNoJsErrors(page);
      } finally {
        await context.close();
      }

      // The same page without a device token: answers, but tickets are taken at the kiosk.
      const pub = await newPage(ctx);
      try {
        await pub.page.goto('/hoi-dap');
        await ask(pub.page, 'dang ky ket hon can gi');
        await pub.page.getByTestId('answer-card').waitFor();
        assert.equal(await pub.page.getByRole('button', { name: /Lấy số thứ tự/ }).count(), 0);
        await pub.page.getByText('Lấy số thứ tự tại ki-ốt ở sảnh Trung tâm.').waitFor();
        await screenshot(ctx, pub.page, 'assistant-public-card');
        // A question nobody has attached yet, for the administrator below.
        await ask(pub.page, 'giay to cho be di hoc mau giao');
        assertNoJsErrors(pub.page);
      } finally {
        await pub.context.close();
      }

      // The administrator reviews unanswered questions and attaches one in two clicks.
      const admin = await newPage(ctx);
      try {
        await signIn(admin.page, 'admin', ctx.password);
        await admin.page.locator('[data-nav="assistant"]').click();
        await admin.page.getByRole('heading', { name: 'Trợ lý hỏi đáp' }).waitFor();
        const row = admin.page.getByRole('row', { name: /mau giao/ });
        await row.waitFor();
        await screenshot(ctx, admin.page, 'assistant-admin-review');
        await row.locator('button[data-testid^="attach-"]').first().click();
        await admin.page.locator('.ant-popconfirm:visible').getByRole('button', { name: 'Gắn', exact: true }).click();
        await admin.page.getByText(/Đã gắn vào/).waitFor();
        await row.waitFor({ state: 'detached' });
        await admin.page.getByRole('tab', { name: 'Cách hỏi đã gắn' }).click();
        await admin.page.getByRole('cell', { name: /mau giao/ }).waitFor();
        await screenshot(ctx, admin.page, 'assistant-admin-phrasings');
        assertNoJsErrors(admin.page);
      } finally {
        await admin.context.close();
      }
    },
  },
];
