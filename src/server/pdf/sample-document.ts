import type { OfficialDocument } from './official-document';

export type SampleDocumentInput = {
  issuer: OfficialDocument['issuer'];
  /** The issuer as named in a sentence, e.g. "Ủy ban nhân dân phường Bắc Nha Trang". */
  issuerInText: string;
  /** The area the plan covers, e.g. "phường Bắc Nha Trang". */
  areaInText: string;
  number: string;
  place: string;
  date: string;
  authority?: string;
  position: string;
  signerName: string;
};

/**
 * A sample plan for the Action Month for Children (Tháng hành động vì trẻ em, every June), exercising every part of
 * the official layout: headings, paragraphs, a list, a table, the signature block and the recipients.
 */
export function sampleOfficialDocument(input: SampleDocumentInput): OfficialDocument {
  const year = input.date.slice(0, 4);
  return {
    issuer: input.issuer,
    number: input.number,
    place: input.place,
    date: input.date,
    title: 'Kế hoạch',
    subtitle: `Tổ chức Tháng hành động vì trẻ em năm ${year}`,
    body: [
      {
        kind: 'paragraph',
        text: [
          { text: 'Căn cứ ' },
          { text: 'Luật Trẻ em số 102/2016/QH13', italics: true },
          {
            text: ` ngày 05 tháng 4 năm 2016; ${input.issuerInText} ban hành Kế hoạch tổ chức Tháng hành động vì trẻ em năm ${year} trên địa bàn ${input.areaInText} như sau:`,
          },
        ],
      },
      { kind: 'heading', text: 'I. MỤC ĐÍCH, YÊU CẦU' },
      {
        kind: 'list',
        items: [
          'Nâng cao nhận thức, trách nhiệm của gia đình, nhà trường và xã hội trong việc bảo vệ, chăm sóc trẻ em;',
          'Bảo đảm mỗi trẻ em có hoàn cảnh đặc biệt đều được hỗ trợ đúng quy định, không để trẻ em nào bị bỏ lại phía sau.',
        ],
      },
      { kind: 'heading', text: 'II. NỘI DUNG HOẠT ĐỘNG' },
      { kind: 'heading', level: 2, text: '1. Các hoạt động chính' },
      {
        kind: 'table',
        header: ['TT', 'Hoạt động', 'Đơn vị chủ trì', 'Thời gian'],
        widths: [28, '*', 130, 80],
        rows: [
          ['1', 'Lễ phát động Tháng hành động vì trẻ em', 'Phòng Văn hóa - Xã hội', `01/6/${year}`],
          ['2', 'Thăm hỏi trẻ em mồ côi, trẻ em khuyết tật', 'Mặt trận Tổ quốc', `Tháng 6/${year}`],
        ],
      },
      { kind: 'heading', text: 'III. TỔ CHỨC THỰC HIỆN' },
      {
        kind: 'paragraph',
        text: 'Các cơ quan, đơn vị căn cứ Kế hoạch này triển khai thực hiện; báo cáo kết quả trước ngày 10 tháng 7. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời phản ánh để được hướng dẫn, giải quyết.',
      },
    ],
    signature: {
      ...(input.authority ? { authority: input.authority } : {}),
      position: input.position,
      signerName: input.signerName,
    },
    recipients: ['Như trên;', 'Các cơ quan, đơn vị liên quan;', 'Lưu: VT.'],
  };
}
