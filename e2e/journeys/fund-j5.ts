import { browserApi, jsonOf } from '../lib/browser-api';
import type { Journey } from '../lib/journey';
import { AppShell } from '../pages/AppShell';
import { FundDisclosurePage } from '../pages/FundDisclosurePage';
import { FundOfficePage } from '../pages/FundOfficePage';
import { LoginPage } from '../pages/LoginPage';
import { DEMO_PASSWORD } from './smoke';

type ChildItem = { id: string; fullName: string; birthDate: string };

const FUND = 'Quỹ Bảo trợ trẻ em tỉnh Khánh Hoà';
/** Without diacritics, as a fund officer types on a phone: the register search ignores them. */
const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

/**
 * J5 (product.md §4): the province fund officer of Khánh Hoà runs a campaign, records a donation restricted to
 * scholarships and a general one, gives a scholarship to a register child found through the picker, is refused a
 * payment the money cannot cover (the page says how much is left), publishes the disclosure, and the public page
 * shows the totals without login and without the child's name.
 */
export const fundJ5: Journey = {
  name: 'fund-j5',
  // The refused payment is a 409 the page shows; the browser logs the failed request.
  expectedConsole: [/status of 409/],
  run: async ({ page, baseUrl, step, screenshot, setWidth, note }) => {
    const login = new LoginPage(page);
    const shell = new AppShell(page);
    const fund = new FundOfficePage(page);
    const disclosure = new FundDisclosurePage(page);
    // A server given with --base-url may hold earlier runs: names and receipt numbers carry this run's mark.
    const run = Date.now().toString(36).slice(-5).toUpperCase();
    const campaign = `Học bổng vượt khó ${run}`;
    const donor = `Công ty TNHH Ánh Dương ${run}`;
    const year = new Date().getFullYear();
    /** Screenshots at 1280 and 360 px; on the phone the page itself must not scroll sideways (tables may). */
    const shots = async (name: string) => {
      await screenshot(name);
      await setWidth(360);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      if (wide > 360) throw new Error(`${name}: the page is ${wide} px wide on a 360 px phone`);
      await screenshot(name);
      await setWidth(1280);
    };

    await step('quy.tinh opens the fund of Khánh Hoà from the menu', async () => {
      await login.open(baseUrl);
      await login.logIn('quy.tinh', DEMO_PASSWORD);
      await shell.pageHeading(/^Xin chào, /).waitFor();
      await shell.open('Quỹ Bảo trợ trẻ em');
      await fund.heading('Quỹ Bảo trợ trẻ em').waitFor();
      await fund.fundLink(FUND).waitFor();
      await shots('funds');
      await fund.fundLink(FUND).click();
      await fund.heading(FUND).waitFor();
      await page.getByRole('table', { name: /Theo mục đích sử dụng/ }).waitFor();
      await shots('fund-overview');
    });

    await step('create a campaign', async () => {
      await fund.openTab('Chiến dịch');
      await fund.createCampaign({
        name: campaign,
        description: 'Học bổng cho học sinh có hoàn cảnh đặc biệt khó khăn trong tỉnh.',
        target: '50000000',
        start: `01/01/${year}`,
        end: `31/12/${year}`,
      });
      await shots('campaign-form');
      await fund.saveCampaign();
      await page.getByRole('link', { name: campaign }).waitFor();
    });

    await step('add a donor who agreed to be named', async () => {
      await fund.openTab('Nhà tài trợ');
      await fund.addDonor({
        name: donor,
        kind: 'Tổ chức, doanh nghiệp',
        phone: '0258 3822 111',
        showPublicly: true,
      });
      await page.getByRole('cell', { name: donor }).waitFor();
      await screenshot('donors');
    });

    await step('record a donation restricted to scholarships and a general one', async () => {
      await fund.openTab('Tiền nhận');
      await fund.fillDonation({
        donorSearch: plain(donor).slice(0, 20),
        donor,
        campaign,
        amount: '10000000',
        purpose: 'Học bổng',
        receipt: `J5-${run}-1`,
      });
      await shots('donation-form');
      await fund.saveDonation();
      await fund.fillDonation({
        donorSearch: 'anh duong',
        donor,
        campaign,
        amount: '5000000',
        purpose: 'Chung (không hạn chế)',
        receipt: `J5-${run}-2`,
      });
      await fund.saveDonation();
      await page.getByRole('cell', { name: `J5-${run}-2` }).waitFor();
      await shots('donations');
    });

    // A register child of the province, found by name through the picker as the officer would.
    const children = jsonOf<{ items: ChildItem[] }>(
      await browserApi(page, baseUrl, 'GET', '/api/children?limit=50'),
      200,
      'register list',
    ).items;
    const child = children.find((c) => children.filter((o) => o.fullName === c.fullName).length === 1);
    if (!child) throw new Error('no register child with a unique name in the demo province');
    note(`beneficiary: a register child born ${child.birthDate}`);

    await step('give a scholarship to a register child found through the picker', async () => {
      await fund.openTab('Chi hỗ trợ');
      await fund.fillDisbursement({
        campaign,
        purpose: 'Học bổng',
        childSearch: plain(child.fullName),
        child: new RegExp(`^${child.fullName} · ${ddmmyyyy(child.birthDate)}`),
        decisionNumber: `${run}/QĐ-QBTTE`,
        decisionDate: `02/01/${year}`,
        amount: '3000000',
      });
      await shots('disbursement-form');
      await fund.submitDisbursement();
      await page
        .getByRole('status')
        .filter({ hasText: `Đã chi 3.000.000 đ cho ${child.fullName}` })
        .waitFor();
      await page.getByRole('cell', { name: child.fullName }).first().waitFor();
    });

    await step('an amount the money cannot cover is refused with what is left', async () => {
      await fund.fillDisbursement({
        campaign,
        purpose: 'Học bổng',
        childSearch: plain(child.fullName),
        child: new RegExp(`^${child.fullName} · ${ddmmyyyy(child.birthDate)}`),
        decisionNumber: `${run}-2/QĐ-QBTTE`,
        decisionDate: `02/01/${year}`,
        amount: '50000000',
      });
      await fund.submitDisbursement();
      // 10 000 000 for scholarships − 3 000 000 paid + 5 000 000 unrestricted.
      await fund
        .insufficientAlert()
        .getByText('Số tiền còn có thể chi cho mục đích này: 12.000.000 đ.')
        .waitFor();
      await page.getByText('Vượt quá số tiền còn lại (12.000.000 đ).').waitFor();
      await shots('insufficient');
      await page.getByRole('button', { name: 'Huỷ' }).click();
    });

    let publicPath = '';
    const title = `Công khai thu chi chiến dịch ${campaign}`;
    await step('the campaign page shows its progress; publish its disclosure', async () => {
      await fund.openTab('Chiến dịch');
      await page.getByRole('link', { name: campaign }).click();
      await fund.heading(campaign).waitFor();
      await page.getByText('Đã vận động 15.000.000 đ / mục tiêu 50.000.000 đ (30%)').waitFor();
      await shots('campaign');
      await fund.openTab('Công khai');
      await fund.publishDisclosure(title);
      publicPath = await fund.publicLinkOf(title);
      await shots('published');
      await shell.logOut('Đăng xuất');
      await login.heading('Đăng nhập').waitFor();
    });

    await step('the public page shows the totals without login and never the child', async () => {
      await disclosure.open(baseUrl);
      await shots('public-list');
      await disclosure.listLink(title).click();
      await disclosure.heading(title).waitFor();
      if (!page.url().endsWith(publicPath))
        throw new Error(`public page ${page.url()}, expected ${publicPath}`);
      await disclosure.figure('Tổng thu').getByText('15.000.000 đ').waitFor();
      await disclosure.figure('Tổng chi').getByText('3.000.000 đ').waitFor();
      await disclosure.figure('Số dư cuối kỳ').getByText('12.000.000 đ').waitFor();
      await disclosure
        .table(/Tiền mặt/)
        .getByRole('cell', { name: donor })
        .waitFor();
      await disclosure
        .table(/số trẻ được hỗ trợ/)
        .getByRole('cell', { name: '< 5' })
        .waitFor();
      const text = await disclosure.bodyText();
      for (const secret of [child.fullName, child.id, ddmmyyyy(child.birthDate)])
        if (text.includes(secret)) throw new Error('the public page shows the beneficiary child');
      const html = await page.content();
      if (html.includes(child.fullName) || html.includes(child.id))
        throw new Error('the public page source holds the beneficiary child');
      await shots('public');
      await page.getByRole('button', { name: 'English' }).click();
      await disclosure.figure('Received').getByText('15,000,000 đ').waitFor();
    });
  },
};
