import type { Journey } from '../lib/journey';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { RegisterImportPage } from '../pages/RegisterImportPage';
import { RegisterPage } from '../pages/RegisterPage';
import {
  fillTemplate,
  readErrorReport,
  runName,
  runPhone,
  unaccentedReversed,
  type TemplateRow,
} from './register-data';
import { DEMO_PASSWORD } from './smoke';

const COMMUNE = 'Phường Bắc Nha Trang (22333)';

/**
 * J3, the commune register (product.md §4): a commune officer imports the commune's list from the Excel template
 * with some bad rows, reads the error report (row and column), fixes the rows and imports again, resolves the
 * suspected duplicates (merges one pair, marks another "not a duplicate"), finds a child without diacritics, marks a
 * special circumstance, meets the duplicate warning of the create form; the province officer then sees the commune
 * in the statistics.
 */
export const register: Journey = {
  name: 'register',
  // The create form's duplicate warning is the API's 409 answer, which the browser logs as a failed request.
  expectedConsole: [/the server responded with a status of 409 \(Conflict\)/],
  run: async ({ page, baseUrl, step, screenshot, setWidth, note }) => {
    const login = new LoginPage(page);
    const shell = new AppShell(page);
    const register = new RegisterPage(page);
    const wizard = new RegisterImportPage(page);
    // Full-page screenshots from the top: scrolled, the sticky header would be drawn in the middle of the page.
    const shot = async (name: string) => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(name);
    };

    // This run's children: A and D alone, B twice (a duplicate to merge), E and F siblings (same mother's phone).
    const a = runName();
    const b = runName();
    const e = runName();
    const f = runName();
    const d = runName();
    const motherPhone = runPhone();
    const good: TemplateRow[] = [
      { fullName: a, birth: '12/03/2016', sex: 'Nữ', commune: COMMUNE, village: 'Tổ dân phố 3' },
      { fullName: b, birth: '05/09/2018', sex: 'Nam', commune: COMMUNE, village: 'Tổ dân phố 5' },
      { fullName: b, birth: '05/09/2018', sex: 'Nam', commune: COMMUNE, village: 'Tổ dân phố 7' },
      {
        fullName: e,
        birth: '2014',
        sex: 'Nữ',
        commune: COMMUNE,
        caregiverRelation: 'Mẹ',
        caregiverName: 'Trần Thị Hoa',
        caregiverPhone: motherPhone,
      },
      {
        fullName: f,
        birth: '20/07/2017',
        sex: 'Nam',
        commune: COMMUNE,
        caregiverRelation: 'Mẹ',
        caregiverName: 'Trần Thị Hoa',
        caregiverPhone: motherPhone,
      },
      { fullName: d, birth: '01/12/2020', sex: 'Không xác định', commune: COMMUNE },
    ];
    // The first file: three rows spoiled as officers often do (file rows 3, 5 and 7; row 1 is the header).
    const bad = good.map((r) => ({ ...r }));
    bad[1] = { ...good[1]!, birth: '31/02/2018' };
    bad[3] = { ...good[3]!, sex: '' };
    bad[5] = { ...good[5]!, personalId: '12345' };

    await step('log in as canbo.xa and open the register', async () => {
      await login.open(baseUrl);
      await login.logIn('canbo.xa', DEMO_PASSWORD);
      await shell.pageHeading(/^Xin chào, /).waitFor();
      await shell.open('Sổ theo dõi trẻ em');
      await register.heading().waitFor();
      await page.getByText('Trẻ em của Phường Bắc Nha Trang').waitFor();
      await register.searchBox().waitFor();
      await shot('list');
      await setWidth(360);
      await shot('list');
      await setWidth(1280);
    });

    let template: Buffer = Buffer.alloc(0);
    await step('import wizard: download the XLSX template', async () => {
      await page.getByRole('link', { name: 'Nhập từ tệp' }).click();
      await wizard.heading().waitFor();
      const file = await wizard.download('Tải mẫu Excel (.xlsx)');
      if (!file.name.endsWith('.xlsx')) throw new Error(`template file name: ${file.name}`);
      template = file.bytes;
      note(`template: ${file.name}, ${template.length} bytes`);
    });

    await step('upload a file with three bad rows: nothing is imported, the errors are counted', async () => {
      await wizard.upload('tre-em-bac-nha-trang.xlsx', await fillTemplate(template, bad));
      await wizard.outcome('Tệp có lỗi, chưa dòng nào được nhập').waitFor();
      await wizard.outcome('3 lỗi ở 3 dòng (tệp có 6 dòng dữ liệu).').waitFor();
      await shot('import-errors');
      await setWidth(360);
      await shot('import-errors');
      await setWidth(1280);
    });

    await step('the error report names each bad row and its column', async () => {
      const report = await wizard.download('Tải báo cáo lỗi');
      const lines = await readErrorReport(report.bytes);
      const expect = [
        { row: 3, column: 'Ngày sinh' },
        { row: 5, column: 'Giới tính' },
        { row: 7, column: 'Số định danh cá nhân' },
      ];
      for (const want of expect) {
        const line = lines.find((l) => l.row === want.row && l.column.startsWith(want.column));
        if (!line)
          throw new Error(`no report line for row ${want.row}, ${want.column}: ${JSON.stringify(lines)}`);
        note(`row ${line.row}, ${line.column}: ${line.message}`);
      }
      if (lines.some((l) => ![3, 5, 7].includes(l.row)))
        throw new Error(`the report blames a good row: ${JSON.stringify(lines)}`);
    });

    await step('fix the rows, upload again, confirm: six children imported', async () => {
      await page.getByRole('button', { name: 'Chọn tệp đã sửa' }).click();
      await wizard.upload('tre-em-bac-nha-trang-da-sua.xlsx', await fillTemplate(template, good));
      await wizard.outcome('Tệp hợp lệ').waitFor();
      await wizard.outcome(/6 dòng sẵn sàng để nhập/).waitFor();
      await shot('import-valid');
      await page.getByRole('button', { name: 'Nhập 6 trẻ em vào sổ' }).click();
      await wizard.outcome('Đã nhập 6 trẻ em vào sổ.').waitFor();
      await shot('import-done');
      await setWidth(360);
      await shot('import-done');
      await setWidth(1280);
    });

    await step('duplicate review: merge the repeated child, keep the siblings apart', async () => {
      await page.getByRole('link', { name: 'Rà soát hồ sơ trùng' }).click();
      await page.getByRole('main').getByRole('heading', { level: 1, name: 'Rà soát hồ sơ trùng' }).waitFor();
      const twins = page.getByRole('article').filter({ hasText: `${b} và ${b}` });
      const siblings = page.getByRole('article').filter({ hasText: e }).filter({ hasText: f });
      await twins.waitFor();
      await siblings.getByText('Cùng số điện thoại người chăm sóc').waitFor();
      await shot('duplicates');
      await setWidth(360);
      await shot('duplicates');
      await setWidth(1280);
      await twins.getByRole('radio', { name: /^Hồ sơ thứ nhất/ }).check();
      await twins.getByRole('button', { name: 'Gộp hai hồ sơ' }).click();
      const confirm = page.getByRole('dialog', { name: 'Gộp hồ sơ trùng' });
      await confirm.getByRole('button', { name: 'Gộp', exact: true }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Đã gộp vào hồ sơ ${b}.` })
        .waitFor();
      await twins.waitFor({ state: 'detached' });
      await siblings.getByRole('button', { name: 'Không trùng' }).click();
      await page.getByRole('status').filter({ hasText: 'không phải cùng một trẻ' }).waitFor();
      await siblings.waitFor({ state: 'detached' });
    });

    await step('search without diacritics, words in any order', async () => {
      await shell.open('Sổ theo dõi trẻ em');
      await register.heading().waitFor();
      await register.search(unaccentedReversed(a), a);
      const names = await register.listedNames();
      if (names[0] !== a) throw new Error(`"${a}" should come first, the list shows ${names.join(', ')}`);
      await register.search(unaccentedReversed(b), b);
      const twins = (await register.listedNames()).filter((n) => n === b).length;
      if (twins !== 1)
        throw new Error(`after the merge the register should list ${b} once, not ${twins} times`);
      await shot('search');
      await setWidth(360);
      await shot('search');
      await setWidth(1280);
    });

    await step('open a profile: the purpose is asked, then a special circumstance is marked', async () => {
      await register.search(unaccentedReversed(a), a);
      await register.childLink(a).first().click();
      await page.getByRole('heading', { level: 1, name: 'Hồ sơ trẻ em' }).waitFor();
      await register.choosePurpose('Quản lý, cập nhật hồ sơ');
      await register.heading(a).waitFor();
      await register.markCircumstance(/^d\. Trẻ em khuyết tật/, null, '01/09/2024');
      const section = register.section('Hoàn cảnh đặc biệt');
      await section.getByText(/^d\. Trẻ em khuyết tật/).waitFor();
      await section.getByText('Từ 01/09/2024').waitFor();
      await page.getByRole('button', { name: 'Xem lịch sử' }).click();
      await register.section('Lịch sử thay đổi').getByText('Đánh dấu hoàn cảnh đặc biệt').waitFor();
      await shot('profile');
      await setWidth(360);
      await shot('profile');
      await setWidth(1280);
    });

    await step('edit the record: a wrong phone is refused in Vietnamese, then saved', async () => {
      await page.getByRole('link', { name: 'Sửa hồ sơ' }).click();
      await shell.pageHeading(`Sửa hồ sơ: ${a}`).waitFor();
      await page.getByRole('textbox', { name: 'Thôn, tổ dân phố' }).fill('Tổ dân phố 4');
      await page.getByRole('button', { name: 'Thêm người chăm sóc' }).click();
      await page.getByRole('combobox', { name: 'Quan hệ với trẻ' }).click();
      await page.getByRole('option', { name: 'Mẹ', exact: true }).click();
      await page.getByRole('textbox', { name: 'Họ và tên người chăm sóc' }).fill('Lê Thị Hương');
      const phone = page.getByRole('textbox', { name: 'Số điện thoại' });
      await phone.fill('0912 345');
      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.getByText('Số điện thoại không hợp lệ (ví dụ 0912345678).').waitFor();
      await phone.fill(runPhone());
      await page.getByRole('button', { name: 'Lưu' }).click();
      await register.heading(a).waitFor();
      await register.section('Thông tin cá nhân').getByText('Tổ dân phố 4').waitFor();
      await register.section('Gia đình, người chăm sóc').getByText('Lê Thị Hương').waitFor();
    });

    await step('the register shows the group, and filters by it', async () => {
      await shell.open('Sổ theo dõi trẻ em');
      await page.getByRole('combobox', { name: 'Nhóm hoàn cảnh đặc biệt' }).click();
      await page.getByRole('option', { name: /^d\. Trẻ em khuyết tật/ }).click();
      await register.search(unaccentedReversed(a), a);
      await page.getByRole('row').filter({ hasText: a }).getByText('Trẻ em khuyết tật').waitFor();
    });

    await step('create form: Vietnamese validation, then the duplicate warning', async () => {
      await page.getByRole('link', { name: 'Thêm trẻ em' }).click();
      await page.getByRole('main').getByRole('heading', { level: 1, name: 'Thêm trẻ em' }).waitFor();
      await page.getByRole('button', { name: 'Thêm vào sổ' }).click();
      await page.getByText('Trường này là bắt buộc.').first().waitFor();
      await page.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill(a);
      await page.getByRole('textbox', { name: 'Ngày sinh (dd/mm/yyyy)' }).fill('12/03/2016');
      await page.getByRole('radio', { name: 'Nữ', exact: true }).check();
      await page.getByRole('textbox', { name: 'Số định danh cá nhân' }).fill('1234');
      await page.getByRole('button', { name: 'Thêm vào sổ' }).click();
      await page.getByText('Số định danh cá nhân gồm đúng 12 chữ số.').waitFor();
      await shot('form-errors');
      await page.getByRole('textbox', { name: 'Số định danh cá nhân' }).fill('');
      const answer = page.waitForResponse(
        (r) => r.url().endsWith('/api/children') && r.request().method() === 'POST',
      );
      await page.getByRole('button', { name: 'Thêm vào sổ' }).click();
      if ((await answer).status() !== 409)
        throw new Error(`a suspected duplicate must answer 409, not ${(await answer).status()}`);
      const warning = page.getByRole('alert').filter({ hasText: 'Có thể trẻ đã có trong sổ' });
      await warning.getByRole('link', { name: a }).waitFor();
      await shot('form-duplicate');
      await setWidth(360);
      await shot('form-duplicate');
      await setWidth(1280);
      await page.getByRole('button', { name: 'Huỷ' }).click();
      await register.heading().waitFor();
    });

    let communeTotal = '';
    await step('the commune’s own figures', async () => {
      const res = await page.request.get(`${baseUrl}/api/children/stats`);
      if (!res.ok()) throw new Error(`stats as canbo.xa: HTTP ${res.status()}`);
      const stats = (await res.json()) as { totals: { activeChildren: number } };
      communeTotal = new Intl.NumberFormat('vi-VN').format(stats.totals.activeChildren);
      note(`Phường Bắc Nha Trang: ${communeTotal} children under 16`);
      await shell.logOut('Đăng xuất');
      await login.heading('Đăng nhập').waitFor();
    });

    await step('the province officer sees the commune in the statistics', async () => {
      await login.logIn('canbo.tinh', DEMO_PASSWORD);
      await shell.pageHeading(/^Xin chào, /).waitFor();
      await shell.open('Thống kê trẻ em');
      await shell.pageHeading('Thống kê trẻ em').waitFor();
      const row = page
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'Phường Bắc Nha Trang' }) });
      await row.first().getByRole('cell', { name: communeTotal, exact: true }).first().waitFor();
      await page
        .getByRole('img', { name: 'Trẻ em có hoàn cảnh đặc biệt theo nhóm' })
        .locator('svg')
        .waitFor();
      await shot('stats');
      await page.getByRole('combobox', { name: 'Xem một xã, phường' }).pressSequentially('bac nha trang');
      await page
        .getByRole('option', { name: /Phường Bắc Nha Trang/ })
        .first()
        .click();
      await page.getByText('Địa bàn: Phường Bắc Nha Trang').waitFor();
      await page.getByText(communeTotal, { exact: true }).first().waitFor();
      await shot('stats-commune');
      await setWidth(360);
      await shot('stats-commune');
      await setWidth(1280);
    });
  },
};
