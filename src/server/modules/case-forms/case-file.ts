import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { officialDocumentDefinition } from '../../pdf/official-layout';
import { configuredPdfmake } from '../../pdf/pdfmake-setup';
import { renderOfficialDocument, type OfficialDocument } from '../../pdf/official-document';
import { allFormOccurrences, type FormOccurrence } from './form-catalogue';
import { coverPage, timeline } from './case-file-parts';
import type { FormContext } from './form-context';

/** One form as a PDF. */
export async function renderForm(ctx: FormContext, occurrence: FormOccurrence): Promise<Buffer> {
  return renderOfficialDocument(occurrence.build(ctx));
}

/**
 * The whole case file (hồ sơ vụ việc) as one pdfmake definition: the cover page, every form of the case in order
 * (each from a new page, in its official layout), then the timeline of every action.
 */
export function caseFileDefinition(ctx: FormContext, printedOn: string): TDocumentDefinitions {
  const forms = allFormOccurrences(ctx.detail);
  const docs: OfficialDocument[] = forms.map((f) => f.build(ctx));
  // The page settings (A4, margins, fonts, page numbers) of the official layout; its content is replaced.
  const base = officialDocumentDefinition(
    docs[0] ?? {
      issuer: { name: '' },
      number: '',
      place: '',
      date: printedOn,
      title: '',
      body: [],
      signature: { position: '', signerName: '' },
      recipients: [],
    },
  );
  const section = (content: Content): Content => ({ stack: [content], pageBreak: 'before' });
  return {
    ...base,
    info: {
      title: `HỒ SƠ VỤ VIỆC ${ctx.detail.caseNumber}`,
      author: ctx.commune.name,
      creator: 'Treem',
      producer: 'Treem',
    },
    content: [
      ...coverPage(ctx, forms, printedOn),
      ...docs.map((d) => section(officialDocumentDefinition(d).content)),
      section(timeline(ctx)),
    ],
  };
}

export async function renderCaseFile(ctx: FormContext, printedOn: string): Promise<Buffer> {
  return configuredPdfmake().createPdf(caseFileDefinition(ctx, printedOn)).getBuffer();
}
