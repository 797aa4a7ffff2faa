/**
 * Measures of a support and intervention plan (kế hoạch hỗ trợ, can thiệp). The intervention measures are those of
 * Luật Trẻ em 2016 Điều 50 (domain.md §2.1: points a, b, c, đ, e verified [S28]; points d and g unverified, so they
 * are not listed as their own measures); support measures of Điều 49 are grouped under `support` and `social_assistance`.
 * Each plan task names one measure and the agency that carries it out.
 */
export const INTERVENTION_MEASURES = [
  { code: 'medical_care', article: 'Luật Trẻ em Điều 50 điểm a', vi: 'Chăm sóc y tế', en: 'Medical care' },
  {
    code: 'psychological_therapy',
    article: 'Luật Trẻ em Điều 50 điểm a',
    vi: 'Trị liệu tâm lý, phục hồi thể chất và tinh thần',
    en: 'Psychological therapy and recovery',
  },
  {
    code: 'safe_shelter',
    article: 'Luật Trẻ em Điều 50 điểm b',
    vi: 'Bố trí nơi tạm trú an toàn, cách ly khỏi môi trường, đối tượng đe doạ',
    en: 'Safe temporary shelter, separation from the threat',
  },
  {
    code: 'alternative_care',
    article: 'Luật Trẻ em Điều 50 điểm c',
    vi: 'Bố trí chăm sóc thay thế tạm thời hoặc lâu dài',
    en: 'Temporary or long-term alternative care',
  },
  {
    code: 'family_counselling',
    article: 'Luật Trẻ em Điều 50 điểm đ',
    vi: 'Tư vấn, hướng dẫn cha mẹ, người chăm sóc',
    en: 'Counselling of parents and caregivers',
  },
  {
    code: 'legal_aid',
    article: 'Luật Trẻ em Điều 50 điểm e',
    vi: 'Tư vấn pháp luật, trợ giúp pháp lý',
    en: 'Legal counselling and legal aid',
  },
  {
    code: 'stop_violation',
    article: 'Nghị định 56/2017/NĐ-CP Điều 31',
    vi: 'Ngăn chặn hành vi xâm hại (phối hợp công an)',
    en: 'Stopping the harmful act (with the police)',
  },
  {
    code: 'social_assistance',
    article: 'Luật Trẻ em Điều 49',
    vi: 'Hỗ trợ tiếp cận chính sách trợ giúp xã hội',
    en: 'Access to social assistance',
  },
  {
    code: 'education_support',
    article: 'Luật Trẻ em Điều 49',
    vi: 'Hỗ trợ học tập, trở lại trường',
    en: 'Schooling support',
  },
  { code: 'other', article: '', vi: 'Biện pháp khác', en: 'Other measure' },
] as const;
export type InterventionMeasure = (typeof INTERVENTION_MEASURES)[number]['code'];
export const INTERVENTION_MEASURE_CODES = INTERVENTION_MEASURES.map((m) => m.code) as [
  InterventionMeasure,
  ...InterventionMeasure[],
];
