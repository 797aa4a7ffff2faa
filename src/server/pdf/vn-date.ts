const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * "Khánh Hòa, ngày 05 tháng 3 năm 2026": the place and date line of an official document. Nghị định 30/2020/NĐ-CP,
 * Phụ lục I (thể thức văn bản hành chính): a day below 10 and the months 1 and 2 are written with a leading zero;
 * a comma follows the place name.
 */
export function officialDateLine(place: string, isoDate: string): string {
  const m = ISO_DATE.exec(isoDate);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN];
  const valid = new Date(Date.UTC(year, month - 1, day));
  if (
    !m ||
    valid.getUTCFullYear() !== year ||
    valid.getUTCMonth() !== month - 1 ||
    valid.getUTCDate() !== day
  )
    throw new RangeError(`not a calendar date (YYYY-MM-DD): ${isoDate}`);
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}

/** Today's calendar date in Vietnam (UTC+7, no daylight saving), as YYYY-MM-DD. */
export function vietnamDate(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
