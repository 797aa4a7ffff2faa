import { configuredPdfmake } from './pdfmake-setup';
import { officialDocumentDefinition } from './official-layout';

/** A run of text with its own emphasis, inside a paragraph or a list item. */
export type TextRun = { text: string; bold?: boolean; italics?: boolean };
export type RichText = string | readonly TextRun[];

/** The body of a document: what the later forms (Mẫu 01–07) and reports are made of. */
export type BodyBlock =
  | {
      kind: 'paragraph';
      text: RichText;
      /** First-line indent, on by default as in official documents. */
      indent?: boolean;
      align?: 'justify' | 'left' | 'center' | 'right';
    }
  /** Level 1: bold (e.g. "I. MỤC ĐÍCH, YÊU CẦU"); level 2: bold italics (e.g. "1. Mục đích"). */
  | { kind: 'heading'; text: string; level?: 1 | 2 }
  | { kind: 'list'; items: readonly RichText[]; marker?: 'dash' | 'bullet' | 'number' }
  | {
      kind: 'table';
      header: readonly string[];
      rows: readonly (readonly string[])[];
      /** Column widths in points, '*' (share the rest) or 'auto'; all '*' by default. */
      widths?: readonly (number | '*' | 'auto')[];
    };

/**
 * An official administrative document (văn bản hành chính) in the layout of Nghị định 30/2020/NĐ-CP. Give text in
 * normal case: the parts the decree writes in capitals (issuer, title, position) are upper-cased when rendered.
 */
export type OfficialDocument = {
  issuer: {
    /** Cơ quan chủ quản (the body above the issuer), e.g. "UBND tỉnh Khánh Hòa"; regular weight. */
    parent?: string;
    /** Cơ quan ban hành, bold; "\n" breaks it, e.g. "Ủy ban nhân dân\nphường Bắc Nha Trang". */
    name: string;
  };
  /** Số và ký hiệu, without "Số:", e.g. "123/KH-UBND". */
  number: string;
  /** Địa danh, e.g. "Bắc Nha Trang" or "Khánh Hòa". */
  place: string;
  /** Calendar date of issue, YYYY-MM-DD. */
  date: string;
  /** Tên loại văn bản, e.g. "Kế hoạch", "Quyết định", "Báo cáo". */
  title: string;
  /** Trích yếu: what the document is about, under the title. */
  subtitle?: string;
  body: readonly BodyBlock[];
  signature: {
    /** Thẩm quyền ký, e.g. "TM. Ủy ban nhân dân" or "KT. Chủ tịch". */
    authority?: string;
    /** Chức vụ, e.g. "Chủ tịch". */
    position: string;
    signerName: string;
  };
  /** Nơi nhận, one per line, e.g. ["Như trên;", "Lưu: VT."]. */
  recipients: readonly string[];
};

/** Renders the document as an A4 PDF. Pure: no database, no file system beyond the fonts. */
export async function renderOfficialDocument(doc: OfficialDocument): Promise<Buffer> {
  const pdfmake = configuredPdfmake();
  return pdfmake.createPdf(officialDocumentDefinition(doc)).getBuffer();
}
