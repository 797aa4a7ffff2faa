import { byId, problemOf, setupI18n, show, type Dict } from './page-common';

/**
 * The public disclosure page (/cong-khai): the fund's published income and expenditure reports (Thông tư
 * 87/2008/TT-BTC: the fund discloses what it receives and spends), without login. The list, or one report with
 * ?id=…. The API never sends a child's identity; everything is written with textContent only.
 */

const PURPOSES: Dict = {
  'p.scholarship': { vi: 'Học bổng', en: 'Scholarships' },
  'p.gifts': { vi: 'Quà tặng', en: 'Gifts' },
  'p.surgery': { vi: 'Phẫu thuật', en: 'Surgery' },
  'p.health': { vi: 'Khám chữa bệnh', en: 'Health care' },
  'p.clean_water': { vi: 'Nước sạch', en: 'Clean water' },
  'p.school_facility': { vi: 'Trường lớp, công trình', en: 'School facilities' },
  'p.orphan_support': { vi: 'Hỗ trợ trẻ mồ côi', en: 'Orphan support' },
  'p.disaster_relief': { vi: 'Cứu trợ thiên tai', en: 'Disaster relief' },
  'p.nutrition': { vi: 'Dinh dưỡng', en: 'Nutrition' },
};

const TEXT: Dict = {
  ...PURPOSES,
  title: { vi: 'Công khai thu chi Quỹ Bảo trợ trẻ em', en: 'Child Sponsorship Fund: public accounts' },
  heading: { vi: 'Công khai thu chi Quỹ Bảo trợ trẻ em', en: 'Child Sponsorship Fund: public accounts' },
  listLink: { vi: 'Các báo cáo công khai', en: 'All published reports' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  listIntro: {
    vi: 'Quỹ công bố số tiền, hiện vật nhận được và đã chi theo từng chiến dịch, từng kỳ.',
    en: 'The fund publishes the money and goods it received and spent, by campaign and period.',
  },
  empty: { vi: 'Chưa có báo cáo nào được công bố.', en: 'No report has been published yet.' },
  published: { vi: 'Công bố ngày', en: 'Published' },
  period: { vi: 'Kỳ báo cáo', en: 'Period' },
  campaign: { vi: 'Chiến dịch', en: 'Campaign' },
  wholeFund: { vi: 'Toàn quỹ', en: 'Whole fund' },
  income: { vi: 'Tổng thu', en: 'Received' },
  expenditure: { vi: 'Tổng chi', en: 'Spent' },
  balance: { vi: 'Số dư cuối kỳ', en: 'Balance at the end' },
  incomeTitle: { vi: 'Nguồn thu', en: 'Income' },
  donor: { vi: 'Nhà tài trợ', en: 'Donor' },
  amount: { vi: 'Số tiền', en: 'Amount' },
  anonymous: { vi: 'Nhà hảo tâm', en: 'Anonymous donors' },
  anonymousCount: { vi: '{n} nhà hảo tâm không nêu tên', en: '{n} donors not named' },
  total: { vi: 'Tổng cộng', en: 'Total' },
  spendTitle: { vi: 'Chi theo mục đích', en: 'Spending by purpose' },
  spendCaption: {
    vi: 'Số tiền đã chi và số trẻ được hỗ trợ theo từng mục đích',
    en: 'Money spent and children supported, by purpose',
  },
  incomeCaption: {
    vi: 'Tiền mặt: {cash} · Hiện vật (quy ra tiền): {inKind}',
    en: 'Cash: {cash} · Goods (value): {inKind}',
  },
  purpose: { vi: 'Mục đích', en: 'Purpose' },
  children: { vi: 'Số trẻ được hỗ trợ', en: 'Children supported' },
  project: { vi: 'Dự án', en: 'Project' },
  noSpending: { vi: 'Chưa có khoản chi trong kỳ.', en: 'Nothing spent in the period.' },
  pdf: { vi: 'Tải bản PDF', en: 'Download the PDF' },
  notFound: { vi: 'Không tìm thấy báo cáo này.', en: 'This report was not found.' },
  network: { vi: 'Không tải được. Hãy thử lại.', en: 'Could not load. Try again.' },
  privacy: {
    vi: 'Để bảo vệ trẻ em, báo cáo không nêu tên hay thông tin của trẻ, chỉ số trẻ được hỗ trợ (dưới 5 trẻ ghi “< 5”). Nhà tài trợ không đồng ý nêu tên được ghi chung là “Nhà hảo tâm”.',
    en: 'To protect children, reports never name or describe a child, only how many were supported (fewer than 5 shows as “< 5”). Donors who did not agree to be named are grouped as “Anonymous donors”.',
  },
};

type Summary = {
  id: string;
  title: string;
  fundName: string;
  publishedAt: string;
  incomeTotal: number;
  expenditureTotal: number;
};
type Snapshot = {
  fundName: string;
  campaignName: string | null;
  periodStart: string;
  periodEnd: string;
  income: {
    total: number;
    cash: number;
    inKind: number;
    donors: { name: string; amount: number }[];
    anonymousTotal: number;
    anonymousCount: number;
  };
  expenditure: {
    total: number;
    byPurpose: {
      purpose: string;
      amount: number;
      childrenSupported: number | null;
      projects: { name: string; amount: number }[];
    }[];
  };
  balance: number;
};
type Disclosure = { id: string; title: string; publishedAt: string; snapshot: Snapshot };

const i18n = setupI18n(TEXT);
const id = new URLSearchParams(location.search).get('id');
const problem = byId('problem');
let list: Summary[] | null = null;
let one: Disclosure | null = null;
/** The key of the problem shown, so switching the language translates it too. */
let problemKey: string | null = null;

const money = (v: number) =>
  `${new Intl.NumberFormat(i18n.lang() === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 0 }).format(v)} đ`;
const isoDate = (iso: string) => iso.slice(0, 10).split('-').reverse().join('/');
const day = (instant: string) =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(instant));

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string | null,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A link inside this page that keeps the chosen language. */
function pageLink(query: string, text: string): HTMLAnchorElement {
  const a = el('a', text);
  const params = new URLSearchParams(query);
  if (i18n.lang() === 'en') params.set('lang', 'en');
  a.href = `/cong-khai?${params.toString()}`;
  return a;
}

function row(cells: (string | Node)[], head = false, numeric: number[] = []): HTMLTableRowElement {
  const tr = el('tr');
  cells.forEach((c, i) => {
    const cell = el(head ? 'th' : 'td', null, numeric.includes(i) ? 'num' : undefined);
    if (head) cell.setAttribute('scope', 'col');
    cell.append(c);
    tr.append(cell);
  });
  return tr;
}

function table(
  caption: string,
  head: string[],
  body: HTMLTableRowElement[],
  foot: string[],
  numeric: number[],
) {
  const t = el('table');
  t.append(el('caption', caption, 'hint'));
  const thead = el('thead');
  thead.append(row(head, true, numeric));
  const tbody = el('tbody');
  tbody.append(...body);
  const tfoot = el('tfoot');
  tfoot.append(row(foot, true, numeric));
  t.append(thead, tbody, tfoot);
  const wrap = el('div', null, 'scroll');
  wrap.append(t);
  return wrap;
}

function renderList(items: Summary[]): void {
  const ul = byId('list-items');
  ul.replaceChildren();
  if (items.length === 0) ul.append(el('li', i18n.t('empty')));
  for (const d of items) {
    const li = el('li');
    li.append(
      pageLink(`id=${encodeURIComponent(d.id)}`, d.title),
      el('p', `${d.fundName} · ${i18n.t('published')} ${day(d.publishedAt)}`, 'meta'),
      el(
        'p',
        `${i18n.t('income')}: ${money(d.incomeTotal)} · ${i18n.t('expenditure')}: ${money(d.expenditureTotal)}`,
        'meta',
      ),
    );
    ul.append(li);
  }
  byId('list').hidden = false;
}

function figures(s: Snapshot): HTMLElement {
  const box = el('div', null, 'figures');
  for (const [label, value] of [
    [i18n.t('income'), s.income.total],
    [i18n.t('expenditure'), s.expenditure.total],
    [i18n.t('balance'), s.balance],
  ] as const) {
    const cell = el('div');
    cell.append(el('span', label, 'meta'), el('strong', money(value)));
    box.append(cell);
  }
  return box;
}

function incomeTable(s: Snapshot): HTMLElement {
  const rows = s.income.donors.map((d) => row([d.name, money(d.amount)], false, [1]));
  if (s.income.anonymousCount > 0) {
    const name = el('span', i18n.t('anonymous'));
    name.append(el('span', i18n.t('anonymousCount').replace('{n}', String(s.income.anonymousCount)), 'sub'));
    rows.push(row([name, money(s.income.anonymousTotal)], false, [1]));
  }
  const caption = i18n
    .t('incomeCaption')
    .replace('{cash}', money(s.income.cash))
    .replace('{inKind}', money(s.income.inKind));
  return table(
    caption,
    [i18n.t('donor'), i18n.t('amount')],
    rows,
    [i18n.t('total'), money(s.income.total)],
    [1],
  );
}

function spendingTable(s: Snapshot): HTMLElement {
  if (s.expenditure.byPurpose.length === 0) return el('p', i18n.t('noSpending'));
  const rows = s.expenditure.byPurpose.map((p) => {
    const name = el('span', i18n.t(`p.${p.purpose}`));
    for (const project of p.projects)
      name.append(el('span', `${i18n.t('project')}: ${project.name} — ${money(project.amount)}`, 'sub'));
    const children = p.childrenSupported === null ? '< 5' : String(p.childrenSupported);
    return row([name, children, money(p.amount)], false, [1, 2]);
  });
  return table(
    i18n.t('spendCaption'),
    [i18n.t('purpose'), i18n.t('children'), i18n.t('amount')],
    rows,
    [i18n.t('total'), '', money(s.expenditure.total)],
    [1, 2],
  );
}

function renderOne(d: Disclosure): void {
  const s = d.snapshot;
  document.title = `${d.title} · ${i18n.t('title')}`;
  byId('heading').textContent = d.title;
  const article = byId('one');
  const pdf = el('a', i18n.t('pdf'));
  pdf.href = `/api/public/fund-disclosures/${encodeURIComponent(d.id)}/export.pdf`;
  const actions = el('p', null, 'actions');
  actions.append(pdf);
  article.replaceChildren(
    el('p', s.fundName, 'meta'),
    el('p', `${i18n.t('campaign')}: ${s.campaignName ?? i18n.t('wholeFund')}`, 'meta'),
    el('p', `${i18n.t('period')}: ${isoDate(s.periodStart)} – ${isoDate(s.periodEnd)}`, 'meta'),
    el('p', `${i18n.t('published')} ${day(d.publishedAt)}`, 'meta'),
    figures(s),
    el('h2', i18n.t('incomeTitle')),
    incomeTable(s),
    el('h2', i18n.t('spendTitle')),
    spendingTable(s),
    actions,
  );
  article.hidden = false;
}

function render(): void {
  show(problem, problemKey && i18n.t(problemKey));
  if (one) renderOne(one);
  else if (list) renderList(list);
}

async function load(): Promise<void> {
  const url = id ? `/api/public/fund-disclosures/${encodeURIComponent(id)}` : '/api/public/fund-disclosures';
  try {
    const res = await fetch(url, { headers: { accept: 'application/json' } });
    if (!res.ok) {
      const p = await problemOf(res);
      problemKey = p.status === 404 || p.status === 400 ? 'notFound' : 'network';
      render();
      return;
    }
    if (id) one = (await res.json()) as Disclosure;
    else list = ((await res.json()) as { items: Summary[] }).items;
    render();
  } catch {
    problemKey = 'network';
    render();
  } finally {
    byId('loading').hidden = true;
  }
}

i18n.onChange(render);
void load();
