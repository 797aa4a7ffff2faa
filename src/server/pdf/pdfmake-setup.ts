import path from 'node:path';
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';

/**
 * pdfmake's server API keeps its fonts and access policies in one module-level instance; this file is the only
 * place that configures it. The Roboto TTF files pdfmake ships cover Vietnamese fully (stack-notes.md; the
 * @fontsource subsets drop basic Latin letters). Roboto has no Bold file: Medium is its bold, as in pdfmake's own
 * default font set.
 */
const require = createRequire(import.meta.url);
const ROBOTO_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

export const FONT_FAMILY = 'Roboto';

let configured: typeof pdfmake | undefined;

/** pdfmake, with the fonts registered once and every file outside the font folder and every URL refused. */
export function configuredPdfmake(): typeof pdfmake {
  if (configured) return configured;
  const font = (file: string) => path.join(ROBOTO_DIR, file);
  // pdfmake 0.3 on the server takes font files by path (a Buffer is mistaken for a URL object).
  pdfmake.addFonts({
    [FONT_FAMILY]: {
      normal: font('Roboto-Regular.ttf'),
      bold: font('Roboto-Medium.ttf'),
      italics: font('Roboto-Italic.ttf'),
      bolditalics: font('Roboto-MediumItalic.ttf'),
    },
  });
  // A path or URL that reaches a document definition (an image source, an attachment) is refused, not read.
  pdfmake.setLocalAccessPolicy((p) => path.resolve(p).startsWith(ROBOTO_DIR + path.sep));
  pdfmake.setUrlAccessPolicy(() => false);
  configured = pdfmake;
  return pdfmake;
}
