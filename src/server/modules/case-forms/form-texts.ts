import type { FormCode } from '../../../shared/workflow/case-workflow';

/*
 * The wording of the forms of Nghị định 56/2017/NĐ-CP (Phụ lục, Mẫu số 01–07), kept in this one table so that it can
 * be corrected without touching the renderers. What is verified (domain.md §2.2): the number and purpose of each
 * form [S13, S15–S19], the fields of Mẫu 01 [S16] and the first part of Mẫu 06 (three factors rated Cao / Trung
 * bình / Thấp, the totals, the child's own capacity) [S15]. NOT verified: the exact section headings of Mẫu 02, 03,
 * 04, 05 and 07 and the rest of Mẫu 06 — those headings are our design, to be checked against the decree's
 * appendix and corrected here.
 */

type Signer = {
  /** Thẩm quyền ký, e.g. "TM. Ủy ban nhân dân"; none when the chairman decides in person. */
  authority?: string;
  position: string;
};

export type FormText = {
  /** "Mẫu số 02": how the form is named on the cover of the case file and in file names. */
  label: string;
  /** Tên loại văn bản (capitalised when rendered). */
  title: string;
  /** Trích yếu; `{child}` is replaced by the child's name. */
  subtitle: string;
  /** Ký hiệu văn bản after the number, e.g. "BC-UBND" → "Số: …/BC-UBND". */
  symbol: string;
  /** Whose signature: the commune officer for reports, the chairman for decisions. */
  signer: Signer;
  verified: 'numbering and fields' | 'numbering and part of the structure' | 'numbering and purpose only';
  sections: Record<string, string>;
};

const OFFICER: Signer = { position: 'Người làm công tác bảo vệ trẻ em' };
// Nghị định 56 Điều 28 (plan approval) and Điều 26 khoản 3 (emergency measures): the chairman decides in person.
const CHAIRMAN: Signer = { position: 'Chủ tịch' };

export const FORM_TEXTS = {
  // Mẫu số 01 [S16]: sections and field names as in the published template.
  M01: {
    label: 'Mẫu số 01',
    title: 'Báo cáo',
    subtitle: 'Tiếp nhận thông tin trẻ em',
    symbol: 'BC',
    signer: { position: 'Cán bộ tiếp nhận thông tin' },
    verified: 'numbering and fields',
    sections: {
      general: 'A. Thông tin chung',
      source: '1. Nguồn nhận thông tin',
      child: '2. Thông tin về trẻ em',
      reporter: '3. Thông tin người cung cấp thông tin (nếu đồng ý cung cấp)',
      notes: 'Ghi thêm',
      reporterWithheld: 'Thông tin người báo tin được giữ bí mật.',
    },
  },
  M02: {
    label: 'Mẫu số 02',
    title: 'Báo cáo',
    subtitle: 'Đánh giá nguy cơ ban đầu đối với trẻ em {child}',
    symbol: 'BC-UBND',
    signer: OFFICER,
    verified: 'numbering and purpose only',
    sections: {
      child: 'I. Thông tin về trẻ em',
      verification: 'II. Kết quả kiểm tra, xác minh thông tin',
      assessment: 'III. Đánh giá nguy cơ ban đầu',
      conclusion: 'IV. Kết luận và đề xuất',
      // Nghị định 56 Điều 26 khoản 3: emergency measures for serious risk or when the caregiver is the perpetrator.
      proposeEmergency:
        'Áp dụng biện pháp bảo vệ khẩn cấp đối với trẻ em (Điều 26 khoản 3 Nghị định 56/2017/NĐ-CP).',
      proposeNoEmergency:
        'Không cần áp dụng biện pháp bảo vệ khẩn cấp; tiếp tục đánh giá nguy cơ cụ thể, xác định nhu cầu của trẻ em.',
    },
  },
  M03: {
    label: 'Mẫu số 03',
    title: 'Báo cáo',
    subtitle: 'Đánh giá nguy cơ cụ thể và xác định nhu cầu hỗ trợ, can thiệp đối với trẻ em {child}',
    symbol: 'BC-UBND',
    signer: OFFICER,
    verified: 'numbering and purpose only',
    sections: {
      child: 'I. Thông tin về trẻ em',
      risks: 'II. Đánh giá nguy cơ cụ thể',
      needs: 'III. Nhu cầu hỗ trợ, can thiệp của trẻ em',
      meeting: 'IV. Biên bản họp xác định biện pháp bảo vệ trẻ em',
    },
  },
  M04: {
    label: 'Mẫu số 04',
    title: 'Kế hoạch',
    subtitle: 'Hỗ trợ, can thiệp đối với trẻ em {child}',
    symbol: 'KH-UBND',
    signer: OFFICER,
    verified: 'numbering and purpose only',
    sections: {
      child: 'I. Thông tin về trẻ em',
      goals: 'II. Mục tiêu',
      tasks: 'III. Các biện pháp, hoạt động hỗ trợ, can thiệp',
      review: 'IV. Theo dõi, rà soát, đánh giá',
    },
  },
  M05: {
    label: 'Mẫu số 05',
    title: 'Quyết định',
    subtitle: 'Về việc phê duyệt kế hoạch hỗ trợ, can thiệp đối với trẻ em {child}',
    symbol: 'QĐ-UBND',
    signer: CHAIRMAN,
    verified: 'numbering and purpose only',
    sections: {
      decides: 'QUYẾT ĐỊNH:',
      article1: 'Điều 1. Phê duyệt kế hoạch hỗ trợ, can thiệp đối với trẻ em {child} với các nội dung sau:',
      goals: '1. Mục tiêu',
      tasks: '2. Các biện pháp, hoạt động hỗ trợ, can thiệp',
      review: '3. Thời gian rà soát, đánh giá',
      article2:
        'Điều 2. Các cơ quan, tổ chức, cá nhân được giao nhiệm vụ trong kế hoạch có trách nhiệm tổ chức thực hiện; người làm công tác bảo vệ trẻ em cấp xã theo dõi, đôn đốc, rà soát, đánh giá việc thực hiện kế hoạch.',
      article3: 'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
      proposal: 'Xét đề nghị của người làm công tác bảo vệ trẻ em cấp xã,',
    },
  },
  M06: {
    label: 'Mẫu số 06',
    title: 'Báo cáo',
    subtitle: 'Rà soát, đánh giá tình trạng của trẻ em sau khi thực hiện kế hoạch hỗ trợ, can thiệp',
    symbol: 'BC-UBND',
    signer: OFFICER,
    verified: 'numbering and part of the structure',
    sections: {
      // [S15]: "1. Risk at closing stage: (a) harm level — 3 factors … (b) child's self-protection/recovery capacity".
      risk: '1. Nguy cơ ở giai đoạn kết thúc',
      harm: 'a) Mức độ tổn hại',
      capacity: 'b) Khả năng tự bảo vệ, phục hồi của trẻ em',
      factorRemainingHarm: 'Mức độ nghiêm trọng của tổn hại còn lại',
      factorAbuserAccess: 'Khả năng tiếp cận trẻ em của người gây tổn hại',
      factorCareEnvironment: 'Trở ngại trong môi trường chăm sóc đối với việc bảo đảm an toàn cho trẻ em',
      factorChildCapacity: 'Khả năng tự bảo vệ, phục hồi về thể chất, tâm lý, nhận thức, tình cảm',
      total: 'Tổng số',
      // Not verified from here on.
      condition: '2. Tình trạng hiện tại của trẻ em',
      results: '3. Kết quả thực hiện kế hoạch',
      proposal: '4. Đề xuất',
    },
  },
  M07: {
    label: 'Mẫu số 07',
    title: 'Quyết định',
    subtitle: 'Về việc tạm thời cách ly trẻ em khỏi cha, mẹ, người chăm sóc trẻ em',
    symbol: 'QĐ-UBND',
    signer: CHAIRMAN,
    verified: 'numbering and purpose only',
    sections: {
      // Our variant when the emergency measures did not separate the child (Mẫu 07 itself is the separation).
      subtitleNoSeparation: 'Về việc áp dụng biện pháp can thiệp khẩn cấp đối với trẻ em',
      decides: 'QUYẾT ĐỊNH:',
      proposal: 'Xét báo cáo đánh giá nguy cơ ban đầu của người làm công tác bảo vệ trẻ em cấp xã,',
      article1Separation: 'Điều 1. Tạm thời cách ly trẻ em {child} khỏi cha, mẹ, người chăm sóc trẻ em.',
      article1Measures: 'Điều 1. Áp dụng biện pháp can thiệp khẩn cấp đối với trẻ em {child}.',
      reason: 'Lý do',
      placement: 'Nơi chăm sóc tạm thời',
      measures: 'Các biện pháp được áp dụng',
      article2:
        'Điều 2. Người làm công tác bảo vệ trẻ em cấp xã, cơ quan công an, cơ sở y tế và các cơ quan, tổ chức, cá nhân có liên quan có trách nhiệm phối hợp thực hiện, bảo đảm an toàn cho trẻ em.',
      article3: 'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
    },
  },
} as const satisfies Record<FormCode, FormText>;

/**
 * The legal bases of the chairman's decisions (Mẫu 05, 07): the laws in force (domain.md §11 [S103]: Luật Tổ chức
 * chính quyền địa phương 72/2025/QH15; [S1]: Luật Trẻ em 102/2016/QH13; [S6, S9]: Nghị định 56/2017/NĐ-CP).
 */
export const DECISION_BASES: readonly string[] = [
  'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;',
  'Căn cứ Luật Trẻ em số 102/2016/QH13 ngày 05 tháng 4 năm 2016;',
  'Căn cứ Nghị định số 56/2017/NĐ-CP ngày 09 tháng 5 năm 2017 của Chính phủ quy định chi tiết một số điều của Luật Trẻ em;',
];

/** Words shared by several forms. */
export const COMMON_TEXTS = {
  childName: 'Họ và tên trẻ em',
  birth: 'Ngày tháng năm sinh',
  estimatedAge: 'Tuổi (ước lượng)',
  sex: 'Giới tính',
  /** The commune that handles the case: where it happened or where the child lives (Nghị định 56 Điều 26). */
  area: 'Địa bàn',
  caseNumber: 'Mã số vụ việc',
  unknownName: '(chưa rõ họ tên)',
  blank: '…',
  yes: 'Có',
  no: 'Không',
  recipientsReport: ['Chủ tịch UBND (để báo cáo);', 'Lưu: hồ sơ vụ việc.'],
  recipientsDecision: ['Như Điều 2;', 'Lưu: VT, hồ sơ vụ việc.'],
} as const;

/** "{child}" in a text replaced with the child's name. */
export function withChild(text: string, childName: string): string {
  return text.replaceAll('{child}', childName);
}
