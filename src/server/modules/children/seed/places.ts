import { weighted, type Picker, type Rng } from './prng';
import type { Naming } from './vn-names';

/**
 * Where synthetic children live. Communes are weighted by an approximate 2024 population of their (merged, 2025)
 * province, by type (urban wards are denser than rural communes) and by a fixed per-commune jitter, so counts per
 * commune vary like real ones. Population figures are rounded public estimates, for plausibility only.
 */
const PROVINCE_POPULATION_M: Record<string, number> = {
  '01': 8.7, '04': 0.57, '08': 1.87, '11': 0.64, '12': 0.48, '14': 1.3, '15': 1.78, '19': 1.8, '20': 0.8,
  '22': 1.4, '24': 3.6, '25': 4.0, '31': 4.7, '33': 3.6, '37': 4.4, '38': 4.3, '40': 3.8, '42': 1.6, '44': 1.9,
  '46': 1.4, '48': 3.1, '51': 2.2, '52': 3.6, '56': 2.2, '66': 3.3, '68': 3.9, '75': 4.5, '79': 14.0, '80': 3.3,
  '82': 4.4, '86': 4.3, '91': 4.9, '92': 4.2, '96': 2.6,
}; // prettier-ignore

/** Shares of naming traditions by province (the rest is Kinh); rough, from the 2019 census ethnic composition. */
const MINORITY_MIX: Record<string, Partial<Record<Naming, number>>> = {
  '04': { tay: 0.7, hmong: 0.1, dao: 0.1 },
  '08': { tay: 0.3, hmong: 0.25, dao: 0.12 },
  '11': { thai: 0.38, hmong: 0.35, dao: 0.05 },
  '12': { thai: 0.32, hmong: 0.4, dao: 0.1 },
  '14': { thai: 0.55, hmong: 0.18, muong: 0.08, dao: 0.02 },
  '15': { hmong: 0.2, tay: 0.15, dao: 0.12, thai: 0.05 },
  '19': { tay: 0.22, dao: 0.05 },
  '20': { tay: 0.8, dao: 0.04 },
  '22': { dao: 0.05, tay: 0.05, hoa: 0.01 },
  '25': { muong: 0.25, dao: 0.03 },
  '38': { muong: 0.1, thai: 0.08 },
  '40': { thai: 0.1, hmong: 0.01 },
  '51': { highland: 0.15 },
  '52': { highland: 0.3 },
  '66': { highland: 0.25, tay: 0.04 },
  '68': { highland: 0.12, tay: 0.02 },
  '75': { highland: 0.03, hoa: 0.02 },
  '79': { hoa: 0.05 },
  '86': { khmer: 0.12 },
  '91': { khmer: 0.1, hoa: 0.01 },
  '92': { khmer: 0.2, hoa: 0.02 },
  '96': { khmer: 0.05, hoa: 0.02 },
};

/** Provinces whose poverty rate is well above the national one (mountainous north, Central Highlands). */
const POOR_PROVINCES = new Set(['04', '08', '11', '12', '14', '15', '20', '52', '66']);
/** The south calls villages "ấp" and urban groups "khu phố"; the north and centre "thôn" and "tổ dân phố". */
const SOUTH_FROM = 75;

export type SeedCommune = { code: string; provinceCode: string; type: string };

export type Place = SeedCommune & {
  naming: Picker<Naming>;
  poorShare: number;
  south: boolean;
};

function jitter(code: string): number {
  let h = 2166136261;
  for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 16777619) >>> 0;
  return 0.5 + (h % 1000) / 1000;
}

const TYPE_WEIGHT: Record<string, number> = { phường: 1.8, xã: 1, 'đặc khu': 0.4 };

/** A picker of communes, proportional to a plausible child population. */
export function placePicker(communes: readonly SeedCommune[]): Picker<Place> {
  if (communes.length === 0) throw new Error('no commune to place children in');
  const typeTotals = new Map<string, number>();
  for (const c of communes)
    typeTotals.set(c.provinceCode, (typeTotals.get(c.provinceCode) ?? 0) + (TYPE_WEIGHT[c.type] ?? 1));
  const namingOf = new Map<string, Picker<Naming>>();
  const entries = communes.map((c) => {
    let naming = namingOf.get(c.provinceCode);
    if (!naming) {
      const mix = MINORITY_MIX[c.provinceCode] ?? {};
      const minority = Object.values(mix).reduce((a, b) => a + b, 0);
      naming = weighted<Naming>([
        ['kinh', Math.max(0, 1 - minority)],
        ...(Object.entries(mix) as Array<[Naming, number]>),
      ]);
      namingOf.set(c.provinceCode, naming);
    }
    const provinceWeight = PROVINCE_POPULATION_M[c.provinceCode] ?? 1;
    const weight =
      (provinceWeight / (typeTotals.get(c.provinceCode) ?? 1)) * (TYPE_WEIGHT[c.type] ?? 1) * jitter(c.code);
    const place: Place = {
      ...c,
      naming,
      poorShare: POOR_PROVINCES.has(c.provinceCode) ? 0.16 : 0.04,
      south: Number(c.provinceCode) >= SOUTH_FROM,
    };
    return [place, weight] as const;
  });
  return weighted(entries);
}

const STREETS = [
  'Trần Phú', 'Lê Lợi', 'Nguyễn Huệ', 'Hùng Vương', 'Quang Trung', 'Lý Thường Kiệt', 'Hai Bà Trưng', 'Lê Duẩn',
  'Nguyễn Trãi', 'Phan Chu Trinh', 'Điện Biên Phủ', 'Trần Hưng Đạo', 'Ngô Quyền', 'Lê Thánh Tông', 'Bạch Đằng',
]; // prettier-ignore

/** Village or residential group, and an address line for urban children. */
export function residence(rng: Rng, place: Place): { village: string; addressLine: string | null } {
  const n = rng.int(1, place.type === 'phường' ? 25 : 15);
  if (place.type === 'phường') {
    const village = place.south ? `Khu phố ${n}` : `Tổ dân phố ${n}`;
    const street = STREETS[rng.int(0, STREETS.length - 1)] ?? 'Trần Phú';
    return { village, addressLine: `Số ${rng.int(1, 250)} đường ${street}` };
  }
  return { village: place.south ? `Ấp ${n}` : `Thôn ${n}`, addressLine: null };
}
