import zlib from 'node:zlib';
import type { Page, Response } from 'playwright-core';

/** The first page load may bring at most this much gzip-compressed JavaScript (cheap phones, slow networks). */
export const FIRST_LOAD_JS_BUDGET = 300 * 1024;

/**
 * Records every script the page downloads from now on; `total()` gzips each body (level 9, as a server would) and sums
 * them, so the budget holds whether or not the server compresses.
 */
export function recordScripts(page: Page): { total: () => Promise<{ bytes: number; files: number }> } {
  const responses: Response[] = [];
  const onResponse = (res: Response) => {
    if (res.request().resourceType() === 'script') responses.push(res);
  };
  page.on('response', onResponse);
  return {
    total: async () => {
      page.off('response', onResponse);
      let bytes = 0;
      for (const res of responses) bytes += zlib.gzipSync(await res.body(), { level: 9 }).length;
      return { bytes, files: responses.length };
    },
  };
}
