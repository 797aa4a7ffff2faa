import { byId, problemOf, setupI18n, setupQuickExit, show, type ApiProblem, type Dict } from './page-common';
import { solvePow } from './pow';

/**
 * The public report form (/bao-cao, issue #4 item 2): plain TypeScript for a cheap phone. Everything typed is put
 * into the page with textContent, never as HTML. The proof of work is solved just before sending, with a fresh
 * challenge each time; a failed send keeps the same transactionId, so a retry cannot record the report twice.
 */

const TEXT: Dict = {
  title: { vi: 'Báo tin bảo vệ trẻ em', en: 'Report a concern about a child' },
  exit: { vi: 'Thoát nhanh', en: 'Quick exit' },
  heading: { vi: 'Báo tin về trẻ em cần được bảo vệ', en: 'Report a child who needs protection' },
  hotline: { vi: 'Gọi 111 — miễn phí, 24/7', en: 'Call 111 — free, 24/7' },
  intro: {
    vi: 'Nếu trẻ đang gặp nguy hiểm ngay lúc này, hãy gọi 111. Bạn không cần tài khoản và có thể gửi ẩn danh.',
    en: 'If the child is in danger right now, call 111. You need no account and may report anonymously.',
  },
  placeLegend: {
    vi: 'Nơi trẻ đang ở hoặc nơi xảy ra sự việc',
    en: 'Where the child is or where it happened',
  },
  province: { vi: 'Tỉnh, thành phố', en: 'Province or city' },
  commune: { vi: 'Xã, phường, đặc khu', en: 'Commune or ward' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  choose: { vi: 'Chọn…', en: 'Choose…' },
  chooseProvinceFirst: { vi: 'Chọn tỉnh trước', en: 'Choose the province first' },
  eventPlace: { vi: 'Địa chỉ, thôn, tổ dân phố (nếu biết)', en: 'Address, village or street (if known)' },
  description: { vi: 'Chuyện gì đã xảy ra?', en: 'What happened?' },
  descriptionHint: {
    vi: 'Ai, ở đâu, khi nào: điều bạn biết hoặc đã thấy, nghe.',
    en: 'Who, where, when: what you know, saw or heard.',
  },
  urgent: { vi: 'Trẻ đang gặp nguy hiểm ngay lúc này', en: 'The child is in danger right now' },
  more: { vi: 'Thêm thông tin (không bắt buộc)', en: 'More details (optional)' },
  harmType: { vi: 'Loại sự việc', en: 'Kind of harm' },
  environment: { vi: 'Xảy ra ở đâu', en: 'Where it happens' },
  unknownOption: { vi: 'Không rõ', en: 'Not known' },
  'env.family': { vi: 'Trong gia đình', en: 'In the family' },
  'env.school': { vi: 'Ở trường học', en: 'At school' },
  'env.community': { vi: 'Ngoài cộng đồng', en: 'In the community' },
  'env.online': { vi: 'Trên mạng', en: 'Online' },
  'env.other': { vi: 'Nơi khác', en: 'Elsewhere' },
  childName: { vi: 'Tên gọi của trẻ', en: 'The child’s name or nickname' },
  childAge: { vi: 'Tuổi (ước chừng)', en: 'Age (approximately)' },
  childSex: { vi: 'Giới tính', en: 'Sex' },
  'sex.female': { vi: 'Nữ', en: 'Female' },
  'sex.male': { vi: 'Nam', en: 'Male' },
  whereNow: { vi: 'Hiện giờ trẻ đang ở đâu', en: 'Where the child is now' },
  reporterLegend: { vi: 'Về bạn', en: 'About you' },
  anonymous: {
    vi: 'Gửi ẩn danh (không để lại tên, số điện thoại)',
    en: 'Report anonymously (no name, no phone number)',
  },
  reporterName: { vi: 'Họ tên', en: 'Full name' },
  reporterPhone: { vi: 'Số điện thoại', en: 'Phone number' },
  consent: {
    vi: 'Tôi đồng ý để cơ quan có thẩm quyền liên hệ với tôi. Thông tin của tôi không được cho gia đình trẻ biết.',
    en: 'I agree to be contacted by the authorities. My details are never told to the child’s family.',
  },
  photos: {
    vi: 'Ảnh (không bắt buộc, tối đa 3 ảnh, mỗi ảnh đến 5 MB)',
    en: 'Photos (optional, up to 3, 5 MB each)',
  },
  submit: { vi: 'Gửi báo tin', en: 'Send the report' },
  doneTitle: { vi: 'Đã gửi. Cảm ơn bạn.', en: 'Sent. Thank you.' },
  yourCode: { vi: 'Mã theo dõi của bạn:', en: 'Your tracking code:' },
  writeDown: {
    vi: 'Hãy ghi lại mã này. Bạn cần mã này để xem tình trạng xử lý, và không ai có thể gửi lại mã cho bạn.',
    en: 'Write this code down. You need it to follow the report, and nobody can send it to you again.',
  },
  trackLink: { vi: 'Xem tình trạng xử lý', en: 'Follow the report' },
  trackFooter: { vi: 'Tra cứu mã theo dõi', en: 'Look up a tracking code' },
  again: { vi: 'Gửi báo tin khác', en: 'Send another report' },
  privacy: {
    vi: 'Thông tin được mã hóa và chỉ cán bộ có thẩm quyền được xem. Thông tin vị trí trong ảnh được xóa trước khi lưu.',
    en: 'What you send is encrypted and only authorised officers can read it. Location data is removed from photos before they are stored.',
  },
  needCommune: { vi: 'Hãy chọn tỉnh và xã, phường.', en: 'Choose the province and the commune.' },
  needDescription: { vi: 'Hãy cho biết chuyện gì đã xảy ra.', en: 'Say what happened.' },
  badAge: { vi: 'Tuổi từ 0 đến 17.', en: 'The age is 0 to 17.' },
  tooManyPhotos: { vi: 'Chỉ gửi được tối đa 3 ảnh.', en: 'At most 3 photos can be sent.' },
  photoTooLarge: { vi: 'Ảnh “{name}” lớn hơn 5 MB.', en: 'The photo “{name}” is larger than 5 MB.' },
  photoType: {
    vi: 'Tệp “{name}” không phải ảnh JPEG, PNG hoặc WebP.',
    en: '“{name}” is not a JPEG, PNG or WebP photo.',
  },
  checkForm: { vi: 'Vui lòng kiểm tra lại các mục được đánh dấu.', en: 'Please check the marked fields.' },
  working: { vi: 'Đang kiểm tra chống thư rác… {pct}%', en: 'Anti-spam check… {pct}%' },
  sending: { vi: 'Đang gửi…', en: 'Sending…' },
  tooMany: {
    vi: 'Đã có quá nhiều báo tin từ mạng của bạn. Hãy thử lại sau, hoặc gọi 111.',
    en: 'Too many reports from your network. Try again later, or call 111.',
  },
  network: {
    vi: 'Không gửi được. Kiểm tra kết nối mạng rồi bấm Gửi lại; báo tin sẽ không bị gửi hai lần.',
    en: 'Could not send. Check the connection and press Send again; the report will not be sent twice.',
  },
  failed: { vi: 'Không gửi được. Hãy thử lại, hoặc gọi 111.', en: 'Could not send. Try again, or call 111.' },
};

const MAX_PHOTOS = 3;
const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

const i18n = setupI18n(TEXT);
setupQuickExit();
const t = (key: string, params: Record<string, string> = {}) =>
  Object.entries(params).reduce((s, [k, v]) => s.replace(`{${k}}`, v), i18n.t(key));

const form = byId<HTMLFormElement>('report-form');
const province = byId<HTMLSelectElement>('province');
const commune = byId<HTMLSelectElement>('commune');
const photos = byId<HTMLInputElement>('photos');
const anonymous = byId<HTMLInputElement>('anonymous');
const submit = byId<HTMLButtonElement>('submit');
const progress = byId('progress');
const summary = byId('summary');

/** Without crypto.randomUUID (missing outside a secure context): a version 4 UUID from getRandomValues. */
function uuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
let transactionId = uuid();

/** An option; with a dictionary key, its text follows the language switch. */
function option(value: string, text: string, key?: string): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = key ? t(key) : text;
  if (key) o.dataset.i18n = key;
  return o;
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

type Units = { items: Array<{ code: string; name: string }> };

async function loadProvinces(): Promise<void> {
  const { items } = await getJson<Units>('/api/public/units/provinces');
  province.replaceChildren(option('', '', 'choose'), ...items.map((u) => option(u.code, u.name)));
}

async function loadCommunes(): Promise<void> {
  commune.disabled = true;
  commune.replaceChildren(option('', '', province.value ? 'loading' : 'chooseProvinceFirst'));
  if (!province.value) return;
  const { items } = await getJson<Units>(`/api/public/units/${encodeURIComponent(province.value)}/communes`);
  commune.replaceChildren(option('', '', 'choose'), ...items.map((u) => option(u.code, u.name)));
  commune.disabled = false;
}

type HarmType = { code: string; nameVi: string; nameEn: string };
let harmTypes: HarmType[] = [];
function fillHarmTypes(): void {
  const select = byId<HTMLSelectElement>('harmType');
  const chosen = select.value;
  const label = (h: HarmType) => (i18n.lang() === 'en' ? h.nameEn : h.nameVi);
  select.replaceChildren(option('', '', 'unknownOption'), ...harmTypes.map((h) => option(h.code, label(h))));
  select.value = chosen;
}

const errorTargets: Record<string, string> = {
  communeCode: 'err-communeCode',
  eventPlace: 'err-eventPlace',
  description: 'err-description',
  child: 'err-child',
  reporter: 'err-reporter',
  photo: 'err-photo',
};

function clearErrors(): void {
  Object.values(errorTargets).forEach((id) => show(byId(id), null));
  show(summary, null);
}

/** Puts each field error of the API beside its field ("body.description" → #err-description). */
function showProblem(p: ApiProblem): void {
  let placed = false;
  for (const f of p.fields) {
    const key = f.path.split('.')[1] ?? '';
    const target = errorTargets[key];
    if (target) {
      show(byId(target), f.message);
      placed = true;
    }
  }
  if (p.status === 429) show(summary, t('tooMany'));
  else if (placed) show(summary, t('checkForm'));
  else show(summary, p.fields[0]?.message || p.message || t('failed'));
  summary.focus();
}

function checkPhotos(): string | null {
  const files = [...(photos.files ?? [])];
  if (files.length > MAX_PHOTOS) return t('tooManyPhotos');
  for (const f of files) {
    if (f.size > MAX_PHOTO_BYTES) return t('photoTooLarge', { name: f.name });
    if (!PHOTO_TYPES.includes(f.type)) return t('photoType', { name: f.name });
  }
  return null;
}

function listPhotos(): void {
  const items = [...(photos.files ?? [])].map((f) => {
    const li = document.createElement('li');
    li.textContent = `${f.name} (${(f.size / 1024 / 1024).toFixed(1)} MB)`;
    return li;
  });
  byId('photo-list').replaceChildren(...items);
  show(byId('err-photo'), checkPhotos());
}

function value(id: string): string {
  return byId<HTMLInputElement>(id).value.trim();
}

function reportBody(pow: { challenge: string; nonce: string }): Record<string, unknown> {
  const age = value('childAge');
  const harm = value('harmType');
  const env = value('environment');
  return {
    transactionId,
    communeCode: commune.value,
    description: value('description'),
    eventPlace: value('eventPlace') || null,
    urgency: byId<HTMLInputElement>('urgent').checked ? 'immediate' : 'normal',
    ...(harm ? { harmTypes: [harm] } : {}),
    ...(env ? { environment: env } : {}),
    child: {
      name: value('childName') || null,
      approximateAge: age === '' ? null : Number(age),
      sex: value('childSex'),
    },
    whereNow: value('whereNow') || null,
    reporter: {
      anonymous: anonymous.checked,
      consent: byId<HTMLInputElement>('consent').checked,
      name: anonymous.checked ? null : value('reporterName') || null,
      phone: anonymous.checked ? null : value('reporterPhone') || null,
    },
    website: byId<HTMLInputElement>('website').value,
    pow,
  };
}

/** Client checks of the required fields; the server checks everything again. */
function checkForm(): boolean {
  const problems: Array<[string, string]> = [];
  if (!commune.value) problems.push(['err-communeCode', t('needCommune')]);
  if (!value('description')) problems.push(['err-description', t('needDescription')]);
  const age = value('childAge');
  if (age !== '' && !(Number.isInteger(Number(age)) && Number(age) >= 0 && Number(age) <= 17))
    problems.push(['err-child', t('badAge')]);
  const photoProblem = checkPhotos();
  if (photoProblem) problems.push(['err-photo', photoProblem]);
  problems.forEach(([id, text]) => show(byId(id), text));
  if (problems.length) {
    show(summary, t('checkForm'));
    summary.focus();
  }
  return problems.length === 0;
}

async function send(): Promise<Response> {
  const { challenge, bits } = await getJson<{ challenge: string; bits: number }>(
    '/api/public/reports/challenge',
  );
  const nonce = await solvePow(challenge, bits, (tried, expected) => {
    show(progress, t('working', { pct: String(Math.min(99, Math.round((100 * tried) / expected))) }));
  });
  show(progress, t('sending'));
  const data = new FormData();
  data.append('report', JSON.stringify(reportBody({ challenge, nonce })));
  for (const f of photos.files ?? []) data.append('photo', f, f.name);
  return fetch('/api/public/reports', {
    method: 'POST',
    body: data,
    headers: { accept: 'application/json', 'accept-language': i18n.lang() },
  });
}

function showDone(code: string): void {
  form.hidden = true;
  byId('code').textContent = code;
  const done = byId('done');
  done.hidden = false;
  done.focus();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearErrors();
  if (!checkForm()) return;
  submit.disabled = true;
  void (async () => {
    try {
      let res = await send();
      // A challenge that expired while the form was open, or was spent by a lost earlier try: one more go.
      if (res.status === 400) {
        const p = await problemOf(res.clone());
        if (p.fields.some((f) => f.path === 'body.pow')) res = await send();
      }
      if (res.status === 201) showDone(((await res.json()) as { trackingCode: string }).trackingCode);
      else showProblem(await problemOf(res));
    } catch {
      show(summary, t('network'));
    } finally {
      submit.disabled = false;
      show(progress, null);
    }
  })();
});

byId('again').addEventListener('click', () => {
  form.reset();
  byId('photo-list').replaceChildren();
  byId('identity').hidden = true;
  byId('code').textContent = '';
  transactionId = uuid();
  byId('done').hidden = true;
  form.hidden = false;
  void loadCommunes();
});

anonymous.addEventListener('change', () => {
  byId('identity').hidden = anonymous.checked;
});
photos.addEventListener('change', listPhotos);
province.addEventListener('change', () => {
  loadCommunes().catch(() => show(summary, t('network')));
});
i18n.onChange(fillHarmTypes);

loadProvinces().catch(() => show(summary, t('network')));
getJson<HarmType[]>('/api/reference/harm-types')
  .then((list) => {
    harmTypes = list.filter((h) => h.code !== 'other');
    fillHarmTypes();
  })
  .catch(() => undefined);
