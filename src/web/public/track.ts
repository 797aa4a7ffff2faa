import { byId, problemOf, setupI18n, setupQuickExit, show, type Dict } from './page-common';

/**
 * The tracking page (/tra-cuu): the reporter types the code and sees one of three states and the day of receipt,
 * nothing about the child (issue #4 items 2 and 9). The answer is written with textContent only.
 */

const TEXT: Dict = {
  title: { vi: 'Tra cứu báo tin bảo vệ trẻ em', en: 'Follow a child protection report' },
  exit: { vi: 'Thoát nhanh', en: 'Quick exit' },
  heading: { vi: 'Tra cứu tình trạng báo tin', en: 'Follow your report' },
  hotline: { vi: 'Gọi 111 — miễn phí, 24/7', en: 'Call 111 — free, 24/7' },
  codeLabel: { vi: 'Mã theo dõi', en: 'Tracking code' },
  codeHint: {
    vi: 'Mã gồm 10 chữ và số, bạn nhận được khi gửi báo tin.',
    en: 'The 10 letters and digits you received when you sent the report.',
  },
  look: { vi: 'Tra cứu', en: 'Look up' },
  statusLabel: { vi: 'Tình trạng:', en: 'State:' },
  receivedOn: { vi: 'Ngày tiếp nhận:', en: 'Received on:' },
  'status.received': { vi: 'Đã tiếp nhận', en: 'Received' },
  'status.in_progress': { vi: 'Đang xử lý', en: 'Being handled' },
  'status.closed': { vi: 'Đã kết thúc', en: 'Closed' },
  'note.received': {
    vi: 'Báo tin đã đến cơ quan có thẩm quyền và đang được kiểm tra.',
    en: 'The report has reached the authorities and is being checked.',
  },
  'note.in_progress': {
    vi: 'Cơ quan có thẩm quyền đang thực hiện các biện pháp hỗ trợ, can thiệp.',
    en: 'The authorities are taking support and protection measures.',
  },
  'note.closed': { vi: 'Việc xử lý đã kết thúc.', en: 'The handling is finished.' },
  needCode: { vi: 'Hãy nhập mã theo dõi.', en: 'Type the tracking code.' },
  notFound: {
    vi: 'Không tìm thấy mã này. Hãy kiểm tra lại từng ký tự.',
    en: 'This code was not found. Check each character.',
  },
  tooMany: {
    vi: 'Bạn đã tra cứu quá nhiều lần. Hãy thử lại sau.',
    en: 'Too many look-ups. Try again later.',
  },
  network: { vi: 'Không kết nối được. Hãy thử lại.', en: 'Could not connect. Try again.' },
  privacy: {
    vi: 'Trang này chỉ cho biết báo tin đã được tiếp nhận, đang được xử lý hay đã kết thúc. Để bảo vệ trẻ, không có thông tin nào khác được hiển thị.',
    en: 'This page only says whether the report was received, is being handled or is closed. To protect the child, nothing else is shown.',
  },
  reportLink: { vi: 'Gửi một báo tin mới', en: 'Send a new report' },
};

type Tracking = { status: 'received' | 'in_progress' | 'closed'; receivedOn: string };

const i18n = setupI18n(TEXT);
setupQuickExit();
const input = byId<HTMLInputElement>('code');
const problem = byId('problem');
const result = byId('result');
let last: Tracking | null = null;

function render(): void {
  if (!last) return;
  byId('status').textContent = i18n.t(`status.${last.status}`);
  byId('status').dataset.status = last.status;
  byId('status-note').textContent = i18n.t(`note.${last.status}`);
  const [y, m, d] = last.receivedOn.split('-');
  byId('received-on').textContent = `${d}/${m}/${y}`;
  result.hidden = false;
}

byId<HTMLFormElement>('track-form').addEventListener('submit', (event) => {
  event.preventDefault();
  show(problem, null);
  result.hidden = true;
  last = null;
  const code = input.value.trim();
  if (!code) return show(problem, i18n.t('needCode'));
  void (async () => {
    try {
      const res = await fetch(`/api/public/track/${encodeURIComponent(code)}`, {
        headers: { accept: 'application/json' },
      });
      if (res.ok) {
        last = (await res.json()) as Tracking;
        render();
        return;
      }
      const p = await problemOf(res);
      show(problem, i18n.t(p.status === 429 ? 'tooMany' : p.status === 404 ? 'notFound' : 'network'));
    } catch {
      show(problem, i18n.t('network'));
    }
  })();
});

i18n.onChange(render);
