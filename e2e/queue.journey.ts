/**
 * The queue, end to end: an administrator registers a kiosk, a display board and a rating tablet (devices and
 * tokens through the API); a citizen takes a ticket at the kiosk (Vietnamese and English), skipping the phone
 * step, and another leaves a mobile number on the keypad for the near-turn text; the display board
 * is live; the receiver signs in to a counter and calls next — the board shows the number over SSE; the
 * receiver starts and finishes; the tablet records a rating; another citizen follows a ticket on a phone; the
 * director watches the monitor and opens the staffing view (empty: no history before today); a citizen books an
 * appointment online.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { assertNoJsErrors, type Journey, type JourneyContext, newPage, screenshot, signIn } from './support.ts';

interface Admin {
  cookie: string;
  csrf: string;
}

async function adminSession(ctx: JourneyContext): Promise<Admin> {
  const res = await fetch(`${ctx.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ctx.password }),
  });
  assert.equal(res.status, 200, 'admin signs in');
  const me = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrf: me.csrfToken };
}

async function asAdmin<T>(ctx: JourneyContext, a: Admin, method: string, path: string, body: unknown): Promise<T> {
  const res = await fetch(`${ctx.baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', cookie: a.cookie, 'x-csrf-token': a.csrf },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  assert.ok(res.ok, `${method} ${path} → ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

/** A device and its bearer token, as the admin Devices screen does it. */
async function deviceToken(ctx: JourneyContext, a: Admin, name: string, role: string): Promise<string> {
  const device = await asAdmin<{ id: string }>(ctx, a, 'POST', '/api/devices', { name, role });
  const created = await asAdmin<{ token: string }>(ctx, a, 'POST', '/api/tokens', { label: name, deviceId: device.id });
  return created.token;
}

/** The next day the center is open (not Sunday), in the ward's time zone, as YYYY-MM-DD. */
function nextOpenDay(): string {
  for (let i = 1; ; i++) {
    const d = new Date(Date.now() + i * 86_400_000);
    const weekday = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Ho_Chi_Minh', weekday: 'short' }).format(d);
    if (weekday !== 'Sun') return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(d);
  }
}

async function devicePage(ctx: JourneyContext, width: number, height: number) {
  const { context, page } = await newPage(ctx);
  await page.setViewportSize({ width, height });
  return { context, page };
}

interface Issued {
  number: string;
  trackUrl: string;
}

function ticketResponse(page: Page) {
  return page.waitForResponse((r) => r.url().endsWith('/api/queue/tickets') && r.request().method() === 'POST');
}

/** A regular ticket: the group, no priority, and the phone step skipped in one tap. */
async function issueAtKiosk(page: Page, letter: string): Promise<Issued> {
  await page.locator(`[data-group="${letter}"]`).click();
  await page.getByRole('button', { name: 'Không — lấy số thường' }).click();
  const response = ticketResponse(page);
  await page.getByRole('button', { name: 'Bỏ qua' }).click();
  const res = await response;
  assert.equal((res.request().postDataJSON() as { phone?: string }).phone, undefined, 'skipped: no phone sent');
  const issued = (await res.json()) as Issued;
  await page.getByTestId('ticket-number').filter({ hasText: issued.number }).waitFor();
  return issued;
}

async function typeOnKeypad(page: Page, digits: string): Promise<void> {
  for (const d of digits) await page.locator(`.kiosk-keypad [data-key="${d}"]`).click();
}

/**
 * A ticket with a mobile number typed on the keypad: an invalid number first (the message, in Vietnamese and
 * English), then a good one, shown grouped as it is typed; the slip names the masked number.
 */
async function issueWithPhoneAtKiosk(ctx: JourneyContext, page: Page): Promise<Issued> {
  await page.locator('[data-group="A"]').click();
  await page.getByRole('button', { name: 'Không — lấy số thường' }).click();
  await page.getByRole('heading', { name: 'Nhận tin nhắn khi sắp đến lượt (không bắt buộc)' }).waitFor();
  const input = page.getByTestId('kiosk-phone');
  await typeOnKeypad(page, '0123456789');
  await page.getByRole('button', { name: 'Nhận số' }).click();
  await page.getByRole('alert').getByText('Số điện thoại chưa đúng.', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Get a text message when your turn is near (optional)' }).waitFor();
  await page.getByRole('alert').getByText('This number is not valid.', { exact: false }).waitFor();
  await screenshot(ctx, page, 'kiosk-phone-en');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await page.getByRole('button', { name: 'Xóa hết' }).click();
  assert.equal(await input.inputValue(), '');
  assert.equal(await page.getByRole('alert').count(), 0, 'editing the number clears the message');
  await typeOnKeypad(page, '09012345678'); // the eleventh digit does not fit a number from 0
  assert.equal(await input.inputValue(), '0901 234 567');
  await page.getByRole('button', { name: 'Xóa số cuối' }).click();
  await typeOnKeypad(page, '7');
  assert.equal(await input.inputValue(), '0901 234 567');
  await screenshot(ctx, page, 'kiosk-phone');
  const response = ticketResponse(page);
  await page.getByRole('button', { name: 'Nhận số' }).click();
  const res = await response;
  assert.equal((res.request().postDataJSON() as { phone?: string }).phone, '0901234567');
  const issued = (await res.json()) as Issued;
  await page.getByTestId('ticket-number').filter({ hasText: issued.number }).waitFor();
  assert.equal(
    (await page.getByTestId('ticket-sms').textContent())?.trim(),
    'Sẽ nhắn tin tới 090****567 khi sắp đến lượt',
  );
  await screenshot(ctx, page, 'kiosk-ticket-sms');
  return issued;
}

/** The board keeps its event stream open, so the network is never idle: a plain screenshot after the motion. */
async function boardShot(ctx: JourneyContext, page: Page, name: string): Promise<void> {
  await page.mouse.move(1, 1);
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(ctx.screenshotDir, `${name}.png`) });
}

export const journeys: Journey[] = [
  {
    name: 'kiosk, display board over SSE, counter, rating, phone page, monitor and booking',
    run: async (ctx) => {
      const admin = await adminSession(ctx);
      // Other journeys share this server (the assistant's takes a ticket): start from an empty queue.
      const waiting = await fetch(`${ctx.baseUrl}/api/queue/tickets?status=waiting`, {
        headers: { cookie: admin.cookie },
      });
      assert.ok(waiting.ok, `GET /api/queue/tickets → ${waiting.status}`);
      for (const t of (await waiting.json()) as Array<{ id: string }>) {
        await asAdmin(ctx, admin, 'POST', `/api/queue/tickets/${t.id}/actions`, {
          type: 'cancel',
          reason: 'e2e reset',
        });
      }
      const kioskToken = await deviceToken(ctx, admin, 'kiosk-e2e', 'kiosk');
      const displayToken = await deviceToken(ctx, admin, 'display-e2e', 'display');
      const tabletToken = await deviceToken(ctx, admin, 'tablet-quay-2', 'kiosk');
      const day = nextOpenDay();
      await asAdmin(ctx, admin, 'PUT', '/api/queue/appointment-slots', {
        group: 'A',
        date: day,
        slots: [
          { start: '08:00', end: '08:30', capacity: 4 },
          { start: '08:30', end: '09:00', capacity: 4 },
          { start: '09:00', end: '09:30', capacity: 0 },
          { start: '14:00', end: '14:30', capacity: 2 },
        ],
      });
      const opened: { close: () => Promise<void> }[] = [];
      try {
        // The display board on a TV; the token is taken from the URL and removed from it.
        const board = await devicePage(ctx, 1920, 1080);
        opened.push(board.context);
        await board.page.goto(`/display?token=${encodeURIComponent(displayToken)}`);
        await board.page.getByText('Trực tuyến').waitFor();
        assert.ok(!board.page.url().includes('token='), 'the token leaves the address bar');

        // The rating tablet at counter 2.
        const tablet = await devicePage(ctx, 1280, 800);
        opened.push(tablet.context);
        await tablet.page.goto(`/rating?counter=2&token=${encodeURIComponent(tabletToken)}`);
        await tablet.page.getByText('Xin kính chào ông/bà').waitFor();

        // The kiosk (portrait touch screen): Vietnamese, English, then a ticket.
        const kiosk = await devicePage(ctx, 1080, 1920);
        opened.push(kiosk.context);
        await kiosk.page.goto(`/kiosk?token=${encodeURIComponent(kioskToken)}`);
        await kiosk.page.getByRole('heading', { name: 'Lấy số thứ tự' }).waitFor();
        await screenshot(ctx, kiosk.page, 'kiosk-vi');
        await kiosk.page.getByRole('button', { name: 'English' }).click();
        await kiosk.page.getByRole('heading', { name: 'Take a number' }).waitFor();
        await screenshot(ctx, kiosk.page, 'kiosk-en');
        await kiosk.page.getByRole('button', { name: 'Tiếng Việt' }).click();
        await kiosk.page.locator('[data-group="A"]').click();
        await kiosk.page.getByText('Ông/bà có thuộc đối tượng ưu tiên không?').waitFor();
        await screenshot(ctx, kiosk.page, 'kiosk-priority');
        await kiosk.page.getByRole('button', { name: /Quay lại/ }).click();
        const first = await issueAtKiosk(kiosk.page, 'A');
        assert.match(first.number, /^A\d{3}$/);
        await screenshot(ctx, kiosk.page, 'kiosk-ticket');
        await kiosk.page.emulateMedia({ media: 'print' });
        await screenshot(ctx, kiosk.page, 'kiosk-print');
        await kiosk.page.emulateMedia({ media: 'screen' });
        await kiosk.page.getByRole('button', { name: 'Xong' }).click();
        const second = await issueAtKiosk(kiosk.page, 'A');
        await kiosk.page.getByRole('button', { name: 'Xong' }).click();
        const third = await issueWithPhoneAtKiosk(ctx, kiosk.page);
        assert.notEqual(third.number, second.number);
        assertNoJsErrors(kiosk.page);

        // The second citizen follows the ticket on a phone.
        const phone = await devicePage(ctx, 390, 844);
        opened.push(phone.context);
        await phone.page.goto(second.trackUrl);
        await phone.page.getByTestId('phone-ticket').getByText(second.number).waitFor();
        assert.equal((await phone.page.getByTestId('phone-ahead').textContent())?.trim(), '1');
        await screenshot(ctx, phone.page, 'phone');
        assertNoJsErrors(phone.page);

        // The receiver takes counter 2 and calls next: the board shows it (SSE).
        const staff = await newPage(ctx);
        opened.push(staff.context);
        await signIn(staff.page, 'receiver', ctx.password);
        await staff.page.goto('/queue/counter');
        await staff.page.locator('[data-counter="2"]').getByRole('button', { name: 'Nhận quầy' }).click();
        await staff.page.getByRole('button', { name: 'Mời số tiếp theo' }).click();
        const current = staff.page.getByTestId('current-ticket');
        await current.getByText(first.number).waitFor();
        await board.page.getByTestId('board-now').getByText(first.number).waitFor({ timeout: 5000 });
        await screenshot(ctx, staff.page, 'counter');
        await boardShot(ctx, board.page, 'display');
        assertNoJsErrors(board.page);

        await current.locator('[data-action="start"]').click();
        await current.getByText('Đang phục vụ').waitFor();
        await current.locator('[data-action="finish"]').click();
        await staff.page.getByText('Chưa phục vụ số nào').waitFor();
        assertNoJsErrors(staff.page);

        // The tablet asks for a rating of the finished ticket.
        await tablet.page.getByTestId('rating-ask').waitFor({ timeout: 8000 });
        await tablet.page.locator('[data-score="very_satisfied"]').click();
        await tablet.page.locator('textarea').fill('Cán bộ hướng dẫn tận tình.');
        await screenshot(ctx, tablet.page, 'rating');
        await tablet.page.getByRole('button', { name: 'Gửi đánh giá' }).click();
        await tablet.page.getByTestId('rating-thanks').waitFor();
        assertNoJsErrors(tablet.page);

        // The director's monitor.
        const director = await newPage(ctx);
        opened.push(director.context);
        await signIn(director.page, 'director', ctx.password);
        await director.page.goto('/queue/monitor');
        await director.page.getByRole('heading', { name: 'Giám sát hàng đợi' }).waitFor();
        await director.page.getByRole('cell', { name: /Hộ tịch/ }).waitFor();
        const [download] = await Promise.all([
          director.page.waitForEvent('download'),
          director.page.getByTestId('queue-report-xlsx').click(),
        ]);
        assert.match(download.suggestedFilename(), /^bao-cao-hang-doi_\d{4}-\d{2}-\d{2}\.xlsx$/);
        assert.equal((await download.failure()) ?? null, null);
        await screenshot(ctx, director.page, 'monitor');
        // The staffing view counts arrivals before today: the demo ward's eight weeks of history fill it.
        await director.page.getByTestId('staffing-link').click();
        await director.page.getByRole('heading', { name: 'Bố trí quầy theo giờ' }).waitFor();
        await director.page.getByTestId('staffing-weeks').getByText('8 tuần', { exact: true }).click();
        await director.page
          .getByTestId('staffing-summary')
          .getByText(/Dựa trên 8 tuần gần nhất/)
          .waitFor();
        await director.page.getByTestId('staffing-peaks').waitFor();
        assert.equal(await director.page.getByTestId('staffing-empty').count(), 0);
        await screenshot(ctx, director.page, 'staffing');
        assertNoJsErrors(director.page);
        // …and it is not for the receiver (the API answers 403 to that role as well).
        await staff.page.goto('/queue/staffing');
        await staff.page.locator('.ant-result-403').waitFor();

        // Online booking.
        const citizen = await devicePage(ctx, 1280, 900);
        opened.push(citizen.context);
        await citizen.page.goto('/book');
        await citizen.page.getByRole('button', { name: /Hộ tịch – Chứng thực/ }).click();
        await citizen.page.locator(`[data-day="${day}"]`).click();
        await citizen.page.getByRole('button', { name: /08:30–09:00/ }).click();
        await citizen.page.getByLabel('Họ và tên').fill('Lê Thị Hoa');
        await citizen.page.getByLabel('Số điện thoại').fill('0901 234 567');
        await screenshot(ctx, citizen.page, 'booking-form');
        await citizen.page.getByRole('button', { name: 'Đặt lịch' }).click();
        const code = (await citizen.page.getByTestId('booking-code').textContent())?.trim() ?? '';
        assert.match(code, /^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
        await screenshot(ctx, citizen.page, 'booking');
        assertNoJsErrors(citizen.page);
      } finally {
        for (const c of opened.reverse()) await c.close();
      }
    },
  },
];
