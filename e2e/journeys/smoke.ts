import { FIRST_LOAD_JS_BUDGET, recordScripts } from '../lib/budget';
import { waitForCondition, type Journey } from '../lib/journey';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { UnitsPage } from '../pages/UnitsPage';

export const DEMO_PASSWORD = 'treem-demo-2026';

/**
 * The journey CI runs: a commune officer logs in, sees the demo banner and the home page, switches to English (which
 * survives a reload), finds her commune in the unit picker typing without diacritics, and logs out.
 */
export const smoke: Journey = {
  name: 'smoke',
  run: async ({ page, baseUrl, step, screenshot, setWidth, note }) => {
    const login = new LoginPage(page);
    const shell = new AppShell(page);
    const units = new UnitsPage(page);

    await step('login page with the demo banner, within the JavaScript budget', async () => {
      const scripts = recordScripts(page);
      await login.open(baseUrl);
      await login.demoBanner().waitFor();
      const { bytes, files } = await scripts.total();
      if (bytes > FIRST_LOAD_JS_BUDGET)
        throw new Error(`first load: ${files} scripts, ${Math.round(bytes / 1024)} KB gzip > 300 KB budget`);
      note(`first load: ${files} scripts, ${Math.round(bytes / 1024)} KB of JavaScript gzip (budget 300 KB)`);
      await waitForCondition(page, () => document.documentElement.lang === 'vi', '<html lang="vi">');
      await screenshot('login');
      await setWidth(360);
      await screenshot('login');
      await setWidth(1280);
    });

    await step('log in as canbo.xa', async () => {
      await login.logIn('canbo.xa', DEMO_PASSWORD);
      await shell.pageHeading(/^Xin chào, /).waitFor();
      await page.getByText('Phường Bắc Nha Trang (22333)').waitFor();
      await page.getByText('Cán bộ bảo vệ trẻ em cấp xã').first().waitFor();
      await login.demoBanner().waitFor();
      await page.getByRole('link', { name: 'Văn bản mẫu (PDF)' }).waitFor();
      await screenshot('home');
      await setWidth(360);
      await screenshot('home');
      await setWidth(1280);
    });

    await step('switch to English, and it survives a reload', async () => {
      await shell.switchLanguage('en');
      await shell.pageHeading(/^Hello, /).waitFor();
      await shell.menuLink('Administrative units').waitFor();
      await waitForCondition(page, () => document.documentElement.lang === 'en', '<html lang="en">');
      await page.reload();
      await shell.pageHeading(/^Hello, /).waitFor();
      await shell.menuLink('Agencies').waitFor();
      await waitForCondition(
        page,
        () => document.documentElement.lang === 'en',
        '<html lang="en"> after reload',
      );
    });

    await step('open the units page', async () => {
      await shell.open('Administrative units');
      await shell.pageHeading('Administrative units').waitFor();
    });

    await step('unit picker: "khanh hoa" without diacritics', async () => {
      await units.search('Province or commune', 'khanh hoa', /Khánh Hoà|Khánh Hòa/);
    });

    await step('unit picker: "bac nha trang", pick the commune with the keyboard', async () => {
      await units.search('Province or commune', 'bac nha trang', /Phường Bắc Nha Trang/);
      await units
        .option(/Phường Bắc Nha Trang/)
        .filter({ hasText: 'Khánh Hoà' })
        .first()
        .waitFor();
      await screenshot('unit-picker');
      await units.pickWithKeyboard('Province or commune');
      await units
        .details()
        .filter({ hasText: 'Phường Bắc Nha Trang' })
        .filter({ hasText: '22333' })
        .waitFor();
    });

    await step('unit picker at 360 px', async () => {
      await setWidth(360);
      await units.search('Province or commune', 'bac nha trang', /Phường Bắc Nha Trang/);
      await screenshot('unit-picker');
      await page.keyboard.press('Escape');
      await setWidth(1280);
    });

    await step('log out', async () => {
      await shell.logOut('Log out');
      await login.heading('Log in').waitFor();
    });
  },
};
