/**
 * The citizen portal: from /cong-dan a citizen submits a dossier online on a phone (procedure search, one upload
 * through the page's own Vietnamese/English button with its checksum shown, a bad ID number refused in the
 * browser), gets the code and the lookup secret, looks the dossier up on /tra-cuu; a receiver finds it in "to
 * receive (online)", sees the attachment and receives it.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { assertNoJsErrors, type Journey, type JourneyContext, newPage, screenshot, signIn } from './support.ts';

const SEARCH = 'tình trạng hôn nhân';
const PROCEDURE = '1.004873';
const PDF = Buffer.from('%PDF-1.4\n% Căn cước của công dân (bản chụp)\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

async function shot(ctx: JourneyContext, page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(ctx, page, name);
}

/** Clicks the document's upload button (labelled `label`) and gives the file chooser it opens the PDF. */
async function chooseFile(doc: Locator, label: string, name: string): Promise<void> {
  const [chooser] = await Promise.all([
    doc.page().waitForEvent('filechooser'),
    doc.locator('.pt-file').getByText(label, { exact: true }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/pdf', buffer: PDF });
}

export const journeys: Journey[] = [
  {
    name: 'a citizen submits a dossier online, looks it up, and a receiver receives it',
    run: async (ctx) => {
      let code = '';
      let secret = '';
      const citizen = await newPage(ctx);
      try {
        const page = citizen.page;
        await page.setViewportSize({ width: 412, height: 915 });

        // 1. The portal's front page: four ways in and the assistant.
        await page.goto('/cong-dan');
        await page.getByRole('heading', { name: 'Cổng dịch vụ công dân', level: 1 }).waitFor();
        await page.locator('.as-widget').first().waitFor();
        await shot(ctx, page, 'portal-home');
        await page.getByRole('button', { name: 'English' }).click();
        await page.getByRole('heading', { name: 'Citizen services', level: 1 }).waitFor();
        await shot(ctx, page, 'portal-home-en');
        await page.getByRole('button', { name: 'Tiếng Việt' }).click();

        // 2. The procedure, found by its Vietnamese words.
        await page.getByTestId('tile-submit').click();
        await page.getByRole('heading', { name: 'Nộp hồ sơ trực tuyến', level: 1 }).waitFor();
        await page.locator('#pt-search').fill(SEARCH);
        const hit = page.getByTestId('portal-procedures').getByRole('button', { name: /tình trạng hôn nhân/ });
        await hit.first().waitFor();
        await shot(ctx, page, 'portal-submit-1-procedure');
        const [detail] = await Promise.all([
          page.waitForResponse((r) => r.url().includes('/api/public/portal/procedures/') && r.status() === 200),
          hit.first().click(),
        ]);
        assert.ok(detail.url().endsWith(`/${PROCEDURE}`), detail.url());
        await page.getByTestId('portal-procedure').waitFor();

        // 3. One upload through the page's own button (not the browser's "Choose File"): the checksum comes back.
        const idDoc = page.locator('.pt-doc', { hasText: 'Hộ chiếu/Thẻ căn cước' }).first();
        await chooseFile(idDoc, 'Chọn tệp', 'can-cuoc.pdf');
        const uploaded = idDoc.getByTestId('uploaded');
        await uploaded.waitFor();
        const sha = createHash('sha256').update(PDF).digest('hex');
        assert.equal(await uploaded.locator('[title]').getAttribute('title'), sha);
        await idDoc.locator('.pt-file').getByText('Chọn tệp khác', { exact: true }).waitFor();

        // 4. The applicant: a bad ID number and phone are refused in the browser.
        await page.locator('#pt-fullName').fill('Lê Thị Hoa');
        await page.locator('#pt-idNumber').fill('07919');
        await page.locator('#pt-phone').fill('0123');
        await page.locator('#pt-address').fill('25 Nguyễn Cơ Thạch, phường An Khánh, TP. Hồ Chí Minh');
        await page.locator('.pt-submit').click();
        await page.getByText('Số định danh cá nhân gồm đúng 12 chữ số.').waitFor();
        await page.getByText('Số di động Việt Nam, ví dụ 0912 345 678.').waitFor();
        await idDoc.scrollIntoViewIfNeeded();
        await screenshot(ctx, page, 'portal-submit-2-form');
        await page.locator('#pt-idNumber').fill('079190001234');
        await page.locator('#pt-phone').fill('0903 123 456');
        const [created] = await Promise.all([
          page.waitForResponse((r) => r.url().endsWith('/dossiers') && r.request().method() === 'POST'),
          page.locator('.pt-submit').click(),
        ]);
        assert.equal(created.status(), 201, await created.text());
        assert.ok(created.request().headers()['idempotency-key'], 'the submission carries an Idempotency-Key');

        // 5. The code, the secret (once) and the QR code to /tra-cuu.
        await page.getByTestId('portal-result').waitFor();
        code = ((await page.getByTestId('portal-code').textContent()) ?? '').trim();
        secret = ((await page.getByTestId('portal-secret').textContent()) ?? '').trim();
        assert.match(code, /^[0-9A-Za-z.]+-\d{6}-\d{4,}$/);
        assert.match(secret, /^[A-Z0-9]{6,}$/);
        await page.locator('.pt-done-qr img').waitFor();
        await shot(ctx, page, 'portal-submit-3-done');
        const link = (await page.getByTestId('portal-lookup-link').getAttribute('href')) ?? '';
        assert.ok(link.includes('mk='), link);
        await page.getByTestId('portal-lookup-link').click();
        const result = page.getByTestId('lookup-result');
        await result.waitFor();
        assert.equal(await result.locator('.lk-status').getAttribute('data-status'), 'submitted');
        await result.getByText('L.T.H.').waitFor();
        await shot(ctx, page, 'portal-tra-cuu-submitted');

        // The same page in English: the procedure list shows the English names.
        await page.goto('/nop-ho-so');
        await page.getByRole('button', { name: 'English' }).click();
        await page.getByRole('heading', { name: 'Submit a dossier online', level: 1 }).waitFor();
        await page.locator('#pt-search').fill('marital status');
        await page
          .getByTestId('portal-procedures')
          .getByRole('button', { name: /Certificate of marital status/ })
          .waitFor();
        await shot(ctx, page, 'portal-submit-en');
        await page
          .getByTestId('portal-procedures')
          .getByRole('button', { name: /Certificate of marital status/ })
          .click();
        const firstDoc = page.locator('.pt-doc').first();
        await chooseFile(firstDoc, 'Choose a file', 'id-card.pdf');
        await firstDoc.getByTestId('uploaded').waitFor();
        await firstDoc.locator('.pt-file').getByText('Choose another file', { exact: true }).waitFor();
        await page.locator('.pt-doc').nth(1).getByText('Choose a file', { exact: true }).waitFor();
        await shot(ctx, page, 'portal-submit-2-form-en');
        await page.getByRole('button', { name: 'Tiếng Việt' }).click();
        assertNoJsErrors(page);
      } finally {
        await citizen.context.close();
      }

      // 6. The receiver: the dossier waits in "to receive (online)" with its attachment; receive it.
      const officer = await newPage(ctx);
      try {
        const page = officer.page;
        await signIn(page, 'receiver', ctx.password);
        await page.goto('/dossiers?queue=to-receive');
        await page.locator(`a[data-code="${code}"]`).click();
        await page.getByTestId('detail-code').filter({ hasText: code }).waitFor();
        await page.locator('.page-header [data-status="submitted"]').waitFor();
        await page.getByTestId('attachments').getByText('can-cuoc.pdf').waitFor();
        await shot(ctx, page, 'portal-dossier-to-receive');
        await page.locator('button[data-action="receive"]').click();
        await page.locator('.ant-modal form[data-action="receive"]').waitFor();
        const [res] = await Promise.all([
          page.waitForResponse((r) => r.url().endsWith('/actions') && r.request().method() === 'POST', {
            timeout: 30_000,
          }),
          page.locator('#dos-action-ok').click(),
        ]);
        assert.equal(res.status(), 200, await res.text());
        await page.locator('.page-header [data-status="received"]').waitFor();
        assertNoJsErrors(page);
      } finally {
        await officer.context.close();
      }
    },
  },
];
