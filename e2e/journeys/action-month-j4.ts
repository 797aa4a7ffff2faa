import fs from 'node:fs';
import type { Journey } from '../lib/journey';
import { AmHomePage } from '../pages/AmHomePage';
import { AmPlanPage } from '../pages/AmPlanPage';
import { AmReportPage } from '../pages/AmReportPage';
import { AmRollupPage } from '../pages/AmRollupPage';
import { AmThemesPage } from '../pages/AmThemesPage';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { DEMO_PASSWORD } from './smoke';

const YEAR = 2026;
const THEME = 'J4 thử nghiệm: Chung tay bảo vệ trẻ em an toàn trên không gian mạng';
const AGENCY_ACTIVITY = 'Tổ chức Diễn đàn trẻ em cấp tỉnh năm 2026 (J4)';
const COMMUNE_ACTIVITY = 'Thăm hỏi, tặng quà trẻ em có hoàn cảnh đặc biệt (J4)';
const COMMUNE = 'Phường Bắc Nha Trang';

/** dd/mm/yyyy of today + `days` in Vietnam: the deadlines must still be ahead so the commune reports on time. */
function vnDatePlus(days: number): string {
  const d = new Date(Date.now() + 7 * 3600_000 + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** The first bytes of a downloaded export: a PDF starts with %PDF, a DOCX or XLSX (a zip) with PK. */
async function checkDownload(
  download: { path: () => Promise<string | null>; suggestedFilename: () => string },
  magic: string,
  ext: string,
): Promise<string> {
  const file = await download.path();
  if (!file) throw new Error(`download ${download.suggestedFilename()} failed`);
  const bytes = fs.readFileSync(file);
  if (bytes.length < 500 || bytes.subarray(0, magic.length).toString('latin1') !== magic)
    throw new Error(`${download.suggestedFilename()}: ${bytes.length} bytes, not a ${ext} file`);
  if (!download.suggestedFilename().endsWith(`.${ext}`))
    throw new Error(`unexpected file name ${download.suggestedFilename()}`);
  return `${download.suggestedFilename()} (${Math.round(bytes.length / 1024)} KB)`;
}

/**
 * J4 (product.md §4): the national theme for the year is set; the province issues its plan with activities for an
 * agency and for every commune; the commune opens its report (pre-filled with the assigned activity), enters its
 * figures and submits before the deadline — on a phone; the province accepts it, sees the roll-up with the
 * commune's figures and the completeness, and exports its report to the ministry. Runs on a fresh server of its own,
 * so canbo.tinh has no second factor (the `pages` journey turns one on) and 2026 starts empty.
 */
export const actionMonthJ4: Journey = {
  name: 'action-month-j4',
  env: {},
  run: async ({ page, baseUrl, step, screenshot, setWidth, note }) => {
    const login = new LoginPage(page);
    const shell = new AppShell(page);
    const home = new AmHomePage(page);
    const themes = new AmThemesPage(page);
    const plan = new AmPlanPage(page);
    const report = new AmReportPage(page);
    const rollup = new AmRollupPage(page);
    const logInAs = async (username: string) => {
      await login.open(baseUrl);
      await login.logIn(username, DEMO_PASSWORD);
      await shell.pageHeading(/^Xin chào, /).waitFor();
    };
    const logOut = async () => {
      await shell.logOut('Đăng xuất');
      await login.heading('Đăng nhập').waitFor();
    };

    await step('canbo.tw sets the 2026 theme, slogans and deadlines', async () => {
      await logInAs('canbo.tw');
      await shell.open('Tháng hành động');
      await home.heading().waitFor();
      await page.getByRole('link', { name: 'Chủ đề các năm' }).click();
      await themes.heading().waitFor();
      await themes.row(2025).waitFor();
      await themes.setTheme({
        year: YEAR,
        theme: THEME,
        slogans: ['Trẻ em hôm nay, thế giới ngày mai', 'Hãy gọi 111 khi trẻ em cần được giúp đỡ'],
        guidingDocument: 'Công văn số 99/BYT-BMTE (mẫu, dùng cho kiểm thử)',
        communeDue: vnDatePlus(14),
        provinceDue: vnDatePlus(30),
      });
      await themes.row(YEAR).getByText(THEME).waitFor();
      await screenshot('themes');
      await logOut();
    });

    await step('canbo.tinh makes the 2026 province plan with two activities and issues it', async () => {
      await logInAs('canbo.tinh');
      await shell.open('Tháng hành động');
      await home.theme(YEAR, THEME).waitFor();
      await home.section('Kế hoạch của tỉnh').getByRole('button', { name: 'Lập kế hoạch' }).click();
      await page.getByRole('button', { name: 'Tạo dự thảo kế hoạch' }).click();
      await plan.heading(`Kế hoạch tổ chức Tháng hành động vì trẻ em năm ${YEAR}`).waitFor();
      await plan.status('Dự thảo').waitFor();
      await plan.addActivity({
        type: 'Diễn đàn trẻ em',
        title: AGENCY_ACTIVITY,
        agency: { search: 'Công tác xã hội', name: /Trung tâm Công tác xã hội tỉnh Khánh Ho/ },
        budgetState: 60_000_000,
        targets: '120 đại biểu trẻ em',
      });
      await plan.addActivity({
        type: 'Thăm hỏi, tặng quà',
        title: COMMUNE_ACTIVITY,
        allCommunes: true,
        budgetState: 10_000_000,
        targets: '100% trẻ em có hoàn cảnh đặc biệt được thăm hỏi',
      });
      await plan.activities().getByText('Tất cả các xã').first().waitFor();
      await screenshot('plan-draft');
      await plan.issue({ number: '88/KH-UBND', signer: 'Nguyễn Văn Thử (mẫu)', signerTitle: 'KT. CHỦ TỊCH' });
      await page.getByText('88/KH-UBND').first().waitFor();
      await screenshot('plan-issued');
      await setWidth(360);
      await screenshot('plan-issued');
      await setWidth(1280);
      await logOut();
    });

    await step('canbo.xa (phone) sees the assignment, fills the report and submits it', async () => {
      await logInAs('canbo.xa');
      await setWidth(360);
      await home.open(baseUrl, YEAR);
      await home.section('Nhiệm vụ được giao').getByText(COMMUNE_ACTIVITY).waitFor();
      await screenshot('commune-home');
      await home.section('Báo cáo kết quả').getByRole('button', { name: 'Lập báo cáo kết quả' }).click();
      await report.heading(`Báo cáo kết quả năm ${YEAR} — ${COMMUNE}`).waitFor();
      await report.resultCard(COMMUNE_ACTIVITY).waitFor();
      await report.fillFigures(COMMUNE_ACTIVITY, {
        'Số hoạt động, sự kiện': 2,
        'Trẻ em được tiếp cận': 120,
        'Trẻ em được tặng quà': 85,
        'Giá trị quà tặng': 42_500_000,
        'Vận động bằng tiền': 30_000_000,
      });
      await report.fillNarrative(
        'Phường đã thăm hỏi, tặng quà 85 em có hoàn cảnh đặc biệt tại 12 tổ dân phố.',
      );
      await screenshot('commune-report');
      await report.save();
      await report.submit();
      await report.status('Đã nộp, chờ duyệt').waitFor();
      if (await page.getByText('Nộp muộn', { exact: true }).count())
        throw new Error('a report submitted before its deadline is marked late');
      await screenshot('commune-submitted');
      await setWidth(1280);
      await logOut();
    });

    await step('canbo.tinh accepts the commune report', async () => {
      await logInAs('canbo.tinh');
      await home.open(baseUrl, YEAR);
      await home.section('Báo cáo chờ duyệt (1)').getByRole('link', { name: COMMUNE }).click();
      await report.heading(`Báo cáo kết quả năm ${YEAR} — ${COMMUNE}`).waitFor();
      await page.getByText('42.500.000 đ').first().waitFor();
      await report.accept();
      await report.status('Đã duyệt').waitFor();
      await screenshot('accepted');
    });

    await step('the province roll-up shows the commune’s figures and the completeness', async () => {
      await home.open(baseUrl, YEAR);
      await page.getByRole('link', { name: 'Tổng hợp kết quả' }).click();
      await rollup.heading(/^Tổng hợp kết quả năm 2026 — Tỉnh Khánh Ho/).waitFor();
      await rollup.completeness(/^1\/\d+ xã, cơ quan đã báo cáo, \d+ quá hạn$/).waitFor();
      await rollup.total('Trẻ em được tiếp cận', '120').waitFor();
      await rollup.total('Vận động bằng tiền', '30.000.000 đ').waitFor();
      const row = rollup.unitRow(COMMUNE);
      await row.getByText('Đã duyệt').waitFor();
      await row.getByRole('cell', { name: '120', exact: true }).waitFor();
      note(
        `completeness: ${await page
          .getByRole('region', { name: 'Tình hình báo cáo' })
          .getByText(/đã báo cáo/)
          .innerText()}`,
      );
      await screenshot('rollup');
      await setWidth(360);
      await screenshot('rollup');
      await setWidth(1280);
    });

    await step('the province opens its report to the ministry and exports it (PDF, XLSX)', async () => {
      await home.open(baseUrl, YEAR);
      await home
        .section('Báo cáo của tỉnh gửi Bộ')
        .getByRole('button', { name: 'Lập báo cáo kết quả' })
        .click();
      await report.heading(/^Báo cáo kết quả năm 2026 — Tỉnh Khánh Ho/).waitFor();
      const rolled = page.getByRole('region', { name: 'Tổng hợp từ báo cáo của các xã, cơ quan' });
      await rolled.getByText('Số liệu hiện tại từ 1 báo cáo đã duyệt', { exact: false }).waitFor();
      await rolled.getByRole('cell', { name: '120', exact: true }).first().waitFor();
      await report.fillNarrative('Toàn tỉnh tổ chức Tháng hành động năm 2026 theo kế hoạch 88/KH-UBND.');
      await report.save();
      await screenshot('province-report');
      note(`PDF: ${await checkDownload(await report.download('Tải PDF'), '%PDF', 'pdf')}`);
      note(`XLSX: ${await checkDownload(await report.download('Tải Excel (XLSX)'), 'PK', 'xlsx')}`);
      await logOut();
    });
  },
};
