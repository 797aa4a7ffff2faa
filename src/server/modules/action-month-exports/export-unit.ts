import type { OfficialDocument } from '../../pdf/official-document';

/** A unit as it appears in its Action Month documents (built by am-exports.repo.ts from the reference data). */
export type ExportUnit = {
  level: 'national' | 'province' | 'commune' | 'agency';
  /** The unit as the issuer of its report, e.g. "Ủy ban nhân dân\nphường Bắc Nha Trang". */
  issuer: OfficialDocument['issuer'];
  /** The issuer inside a sentence, e.g. "Ủy ban nhân dân phường Bắc Nha Trang". */
  issuerInText: string;
  /** Địa danh of the date line, e.g. "Bắc Nha Trang", "Khánh Hoà", "Hà Nội". */
  place: string;
  /** Who receives its report, e.g. "Ủy ban nhân dân tỉnh Khánh Hoà"; null for the nation. */
  superior: string | null;
};

/** A unit of the reference data ("phường", "Bắc Nha Trang") as read in a sentence: "phường Bắc Nha Trang". */
export type PlaceName = { type: string; shortName: string };
const inSentence = (p: PlaceName) => `${p.type} ${p.shortName}`;

/**
 * Since the two-tier government of 07/2025 the commune People's Committee reports the Action Month to the provincial
 * one, and the province to the Ministry of Health (Thông tư 28/2019/TT-BLĐTBXH Điều 5 khoản 1; domain.md §4, §11).
 */
export const MINISTRY = 'Bộ Y tế (Cục Bà mẹ và Trẻ em)';

export function communeExportUnit(commune: PlaceName, province: PlaceName): ExportUnit {
  return {
    level: 'commune',
    issuer: { name: `Ủy ban nhân dân\n${inSentence(commune)}` },
    issuerInText: `Ủy ban nhân dân ${inSentence(commune)}`,
    place: commune.shortName,
    superior: `Ủy ban nhân dân ${inSentence(province)}`,
  };
}

export function provinceExportUnit(province: PlaceName): ExportUnit {
  return {
    level: 'province',
    issuer: { name: `Ủy ban nhân dân\n${inSentence(province)}` },
    issuerInText: `Ủy ban nhân dân ${inSentence(province)}`,
    place: province.shortName,
    superior: MINISTRY,
  };
}

/** A partner agency reports to its province's People's Committee. */
export function agencyExportUnit(agencyName: string, province: PlaceName): ExportUnit {
  return {
    level: 'agency',
    issuer: { parent: `UBND ${inSentence(province)}`, name: agencyName },
    issuerInText: agencyName,
    place: province.shortName,
    superior: `Ủy ban nhân dân ${inSentence(province)}`,
  };
}

export const NATIONAL_EXPORT_UNIT: ExportUnit = {
  level: 'national',
  issuer: { parent: 'Bộ Y tế', name: 'Cục Bà mẹ và Trẻ em' },
  issuerInText: 'Cục Bà mẹ và Trẻ em',
  place: 'Hà Nội',
  superior: null,
};

const COMMITTEE = /^(ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+/iu;

/** Whether the issuing body is a People's Committee (its documents are signed "TM. Ủy ban nhân dân"). */
export function isCommittee(issuingBody: string): boolean {
  return COMMITTEE.test(issuingBody.normalize('NFC').trim());
}

/** A typed issuing body as the header prints it: "Ủy ban nhân dân tỉnh Khánh Hoà" breaks after "Ủy ban nhân dân". */
export function issuerOf(issuingBody: string): OfficialDocument['issuer'] {
  const body = issuingBody.normalize('NFC').trim();
  if (body.includes('\n')) {
    const lines = body.split(/\r?\n/).map((l) => l.trim());
    return lines.length > 1
      ? { parent: lines.slice(0, -1).join(' '), name: lines.at(-1) ?? '' }
      : { name: body };
  }
  const m = COMMITTEE.exec(body);
  return m ? { name: `Ủy ban nhân dân\n${body.slice(m[0].length)}` } : { name: body };
}

/**
 * The signature block of a typed signer title, after Nghị định 30/2020/NĐ-CP, Phụ lục I, mục 8: a People's
 * Committee signs "TM. Ủy ban nhân dân"; a deputy signs "KT." (ký thay) for the head, with their own title under
 * it. A title typed on several lines ("KT. Giám đốc\nPhó Giám đốc") is taken as written.
 */
export function signatureOf(
  signerTitle: string | null,
  committee: boolean,
): Pick<OfficialDocument['signature'], 'authority' | 'position'> {
  const title =
    (signerTitle ?? '').normalize('NFC').trim() || (committee ? 'Chủ tịch' : 'Thủ trưởng cơ quan');
  const lines = title.split(/\r?\n/).map((l) => l.trim());
  if (lines.length > 1) return { authority: lines.slice(0, -1).join('\n'), position: lines.at(-1) ?? '' };
  const tm = committee ? ['TM. Ủy ban nhân dân'] : [];
  const deputy = /^phó\s+(.+)$/iu.exec(title);
  if (deputy) {
    const head = deputy[1] ?? '';
    return {
      authority: [...tm, `KT. ${head.charAt(0).toLocaleUpperCase('vi')}${head.slice(1)}`].join('\n'),
      position: title,
    };
  }
  return tm.length > 0 ? { authority: tm[0], position: title } : { position: title };
}

/** A blank number of a document not yet registered: "    /BC-UBND" (the clerk writes the number in). */
export function blankNumber(symbol: string): string {
  return `${'\u00a0'.repeat(6)}/${symbol}`;
}
