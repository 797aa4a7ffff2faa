/**
 * The 14 groups of children in special circumstances (trẻ em có hoàn cảnh đặc biệt):
 * Luật Trẻ em 2016 (102/2016/QH13) Điều 10 khoản 1, points a–o. Vietnamese legal lettering skips f, j and uses đ.
 * Each group is detailed in its own article of Nghị định 56/2017/NĐ-CP, Điều 3 … Điều 16 (domain.md §1: the group
 * list is verified [S1,S2,S3]; the article numbers are verified for Điều 3, 12, 15 and follow the order otherwise).
 *
 * `sensitive` is a design decision, not law: abuse, HIV, drugs and conflict with the law are shown only to users with
 * children.read_sensitive (issue #3 item 6). These codes are fixed by law, so they are constants here; the same
 * rows are loaded into the circumstance_groups table from data/reference/circumstance-groups.csv (a test checks
 * that both agree). Sub-groups, which are not fully verified, are editable reference data (not here).
 */
export const CIRCUMSTANCE_GROUP_CODES = [
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
] as const;
export type CircumstanceGroupCode = (typeof CIRCUMSTANCE_GROUP_CODES)[number];

export type CircumstanceGroupDef = {
  code: CircumstanceGroupCode;
  nameVi: string;
  nameEn: string;
  decreeArticle: string;
  sensitive: boolean;
};

const D56 = 'Nghị định 56/2017/NĐ-CP';

export const CIRCUMSTANCE_GROUPS: readonly CircumstanceGroupDef[] = [
  {
    code: 'a',
    nameVi: 'Trẻ em mồ côi cả cha và mẹ',
    nameEn: 'Children orphaned of both parents',
    decreeArticle: `${D56} Điều 3`,
    sensitive: false,
  },
  {
    code: 'b',
    nameVi: 'Trẻ em bị bỏ rơi',
    nameEn: 'Abandoned children',
    decreeArticle: `${D56} Điều 4`,
    sensitive: false,
  },
  {
    code: 'c',
    nameVi: 'Trẻ em không nơi nương tựa',
    nameEn: 'Children with no one to rely on',
    decreeArticle: `${D56} Điều 5`,
    sensitive: false,
  },
  {
    code: 'd',
    nameVi: 'Trẻ em khuyết tật',
    nameEn: 'Children with disabilities',
    decreeArticle: `${D56} Điều 6`,
    sensitive: false,
  },
  {
    code: 'đ',
    nameVi: 'Trẻ em nhiễm HIV/AIDS',
    nameEn: 'Children living with HIV/AIDS',
    decreeArticle: `${D56} Điều 7`,
    sensitive: true,
  },
  {
    code: 'e',
    nameVi: 'Trẻ em vi phạm pháp luật',
    nameEn: 'Children in conflict with the law',
    decreeArticle: `${D56} Điều 8`,
    sensitive: true,
  },
  {
    code: 'g',
    nameVi: 'Trẻ em nghiện ma túy',
    nameEn: 'Drug-addicted children',
    decreeArticle: `${D56} Điều 9`,
    sensitive: true,
  },
  {
    code: 'h',
    nameVi: 'Trẻ em phải bỏ học kiếm sống chưa hoàn thành phổ cập giáo dục trung học cơ sở',
    nameEn: 'Children who dropped out to earn a living before completing lower-secondary education',
    decreeArticle: `${D56} Điều 10`,
    sensitive: false,
  },
  {
    code: 'i',
    nameVi: 'Trẻ em bị tổn hại nghiêm trọng về thể chất và tinh thần do bị bạo lực',
    nameEn: 'Children seriously harmed physically and mentally by violence',
    decreeArticle: `${D56} Điều 11`,
    sensitive: true,
  },
  {
    code: 'k',
    nameVi: 'Trẻ em bị bóc lột',
    nameEn: 'Exploited children',
    decreeArticle: `${D56} Điều 12`,
    sensitive: true,
  },
  {
    code: 'l',
    nameVi: 'Trẻ em bị xâm hại tình dục',
    nameEn: 'Sexually abused children',
    decreeArticle: `${D56} Điều 13`,
    sensitive: true,
  },
  {
    code: 'm',
    nameVi: 'Trẻ em bị mua bán',
    nameEn: 'Trafficked children',
    decreeArticle: `${D56} Điều 14`,
    sensitive: true,
  },
  {
    code: 'n',
    nameVi: 'Trẻ em mắc bệnh hiểm nghèo hoặc bệnh phải điều trị dài ngày thuộc hộ nghèo hoặc hộ cận nghèo',
    nameEn: 'Children with a serious or long-term illness in a poor or near-poor household',
    decreeArticle: `${D56} Điều 15`,
    sensitive: false,
  },
  {
    code: 'o',
    nameVi: 'Trẻ em di cư, trẻ em lánh nạn, tị nạn chưa xác định được cha mẹ hoặc không có người chăm sóc',
    nameEn: 'Migrant, asylum-seeking or refugee children without identified parents or a caregiver',
    decreeArticle: `${D56} Điều 16`,
    sensitive: false,
  },
];

export const SENSITIVE_GROUP_CODES: readonly CircumstanceGroupCode[] = CIRCUMSTANCE_GROUPS.filter(
  (g) => g.sensitive,
).map((g) => g.code);

export function isCircumstanceGroupCode(value: string): value is CircumstanceGroupCode {
  return (CIRCUMSTANCE_GROUP_CODES as readonly string[]).includes(value);
}

export function isSensitiveGroup(code: string): boolean {
  return (SENSITIVE_GROUP_CODES as readonly string[]).includes(code);
}
