/**
 * Vietnamese labels of the coded fields, as written in the template's drop-downs and accepted on import. The codes
 * are those of migrations/0010_children.sql. Matching ignores case, diacritics and spacing, and also accepts the
 * code itself and a few common spellings ("nu", "THCS", "x").
 */
export const SEX_LABELS = { male: 'Nam', female: 'Nữ', unknown: 'Không xác định' } as const;

export const POVERTY_LABELS = {
  poor: 'Hộ nghèo',
  near_poor: 'Hộ cận nghèo',
  none: 'Không',
  unknown: 'Không rõ',
} as const;

export const SCHOOLING_LABELS = {
  not_yet: 'Chưa đi học',
  preschool: 'Mầm non',
  primary: 'Tiểu học',
  lower_secondary: 'Trung học cơ sở',
  upper_secondary: 'Trung học phổ thông',
  dropped_out: 'Bỏ học',
  unknown: 'Không rõ',
} as const;

// Mức độ khuyết tật: Luật Người khuyết tật 2010 Điều 3 khoản 2 (đặc biệt nặng, nặng, nhẹ).
export const DISABILITY_LEVEL_LABELS = {
  extremely_severe: 'Đặc biệt nặng',
  severe: 'Nặng',
  mild: 'Nhẹ',
} as const;

export const YES_NO_LABELS = { yes: 'Có', no: 'Không' } as const;

export const CARE_RELATION_LABELS = {
  mother: 'Mẹ',
  father: 'Cha',
  grandparent: 'Ông/bà',
  sibling: 'Anh/chị/em',
  relative: 'Họ hàng',
  guardian: 'Người giám hộ',
  foster: 'Chăm sóc thay thế',
  other: 'Khác',
} as const;

/** Lower case, without diacritics (đ → d), single spaces: how labels and headers are compared. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** fold, then without spaces, hyphens and apostrophes: "Ê-đê", "Ê Đê" and "Êđê" are one ethnic group. */
export function foldCompact(s: string): string {
  return fold(s).replace(/[\s'’-]/g, '');
}

function matcher<K extends string>(
  labels: Record<K, string>,
  aliases: Record<string, K> = {},
): (raw: string) => K | undefined {
  const map = new Map<string, K>();
  for (const [code, label] of Object.entries(labels) as Array<[K, string]>) {
    map.set(fold(label), code);
    map.set(fold(code), code);
  }
  for (const [alias, code] of Object.entries(aliases)) map.set(fold(alias), code);
  // A file repeats a handful of spellings ("Nam", "Nữ", "Có") a hundred thousand times: fold each spelling once.
  const seen = new Map<string, K | undefined>();
  return (raw) => {
    if (seen.has(raw)) return seen.get(raw);
    const code = map.get(fold(raw));
    if (seen.size < 10_000) seen.set(raw, code);
    return code;
  };
}

/** foldCompact with the same memory, for the ethnic group and commune columns. */
export function memoized(f: (s: string) => string): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) {
      v = f(s);
      if (seen.size < 10_000) seen.set(s, v);
    }
    return v;
  };
}

export const parseSex = matcher(SEX_LABELS, { m: 'male', f: 'female', trai: 'male', gai: 'female' });
export const parsePoverty = matcher(POVERTY_LABELS, {
  ngheo: 'poor',
  'can ngheo': 'near_poor',
  'khong ngheo': 'none',
});
export const parseSchooling = matcher(SCHOOLING_LABELS, {
  thcs: 'lower_secondary',
  thpt: 'upper_secondary',
  'mau giao': 'preschool',
  'nha tre': 'preschool',
});
export const parseDisabilityLevel = matcher(DISABILITY_LEVEL_LABELS);
export const parseYesNo = matcher(YES_NO_LABELS, { x: 'yes', '1': 'yes', '0': 'no' });
export const parseRelation = matcher(CARE_RELATION_LABELS, {
  // Not "ba": folded, the southern "ba" (father) and "bà" (grandmother) are the same word.
  bo: 'father',
  'ong ba': 'grandparent',
  ong: 'grandparent',
  'anh chi em': 'sibling',
  'nguoi than': 'relative',
});
