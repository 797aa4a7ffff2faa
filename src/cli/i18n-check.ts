/**
 * `npm run i18n:check`: every message id has a Vietnamese and an English text with the same {parameters}, and every id
 * is used somewhere. Two catalogues are checked:
 * - the web app's (src/web/i18n/messages/*.ts): an id is used when it appears quoted in src/web outside the catalogue;
 * - the API's (src/shared/i18n/messages.ts): an id is used when it appears quoted anywhere in src/ outside that file.
 * Exits 1 and lists the problems, so CI fails on a missing translation or a dead message.
 */
import fs from 'node:fs';
import path from 'node:path';
import { apiMessages } from '../shared/i18n/messages';
import { messageFiles } from '../web/i18n/catalogue';

type Table = Record<string, { vi?: string; en?: string }>;

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SRC = path.join(ROOT, 'src');
const WEB = path.join(SRC, 'web');
const WEB_CATALOGUE_DIR = path.join(WEB, 'i18n', 'messages');
const API_CATALOGUE = path.join(SRC, 'shared', 'i18n', 'messages.ts');
const LOCALES = ['vi', 'en'] as const;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx)$/.test(entry.name)) out.push(full);
  }
  return out;
}

function params(text: string): string {
  return [...text.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');
}

/** Missing or empty translations, and translations whose {parameters} differ from the Vietnamese. */
function languageProblems(catalogue: string, table: Table): string[] {
  const problems: string[] = [];
  for (const [id, entry] of Object.entries(table)) {
    for (const locale of LOCALES) {
      if (!entry[locale]?.trim()) problems.push(`${catalogue}: "${id}" has no ${locale} text`);
    }
    if (entry.vi && entry.en && params(entry.vi) !== params(entry.en))
      problems.push(
        `${catalogue}: "${id}" has parameters {${params(entry.vi)}} in vi but {${params(entry.en)}} in en`,
      );
  }
  return problems;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Ids never written (in quotes) in the given source text. */
function unusedIds(catalogue: string, ids: string[], haystack: string): string[] {
  return ids
    .filter((id) => !new RegExp(`(['"\`])${escapeRegExp(id)}\\1`).test(haystack))
    .map((id) => `${catalogue}: "${id}" is defined but never used`);
}

function read(files: string[]): string {
  return files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
}

function main(): number {
  const problems: string[] = [];

  // Web catalogue: one id defined in two feature files would silently shadow the other.
  const webTable: Table = {};
  const seen = new Map<string, string>();
  for (const [file, table] of Object.entries(messageFiles)) {
    for (const id of Object.keys(table)) {
      const other = seen.get(id);
      if (other) problems.push(`web: "${id}" is defined in both ${other}.ts and ${file}.ts`);
      seen.set(id, file);
    }
    Object.assign(webTable, table);
  }
  problems.push(...languageProblems('web', webTable));
  problems.push(...languageProblems('api', apiMessages));

  const all = sourceFiles(SRC);
  const webSources = read(
    all.filter((f) => f.startsWith(WEB + path.sep) && !f.startsWith(WEB_CATALOGUE_DIR + path.sep)),
  );
  const apiSources = read(all.filter((f) => f !== API_CATALOGUE));
  problems.push(...unusedIds('web', Object.keys(webTable), webSources));
  problems.push(...unusedIds('api', Object.keys(apiMessages), apiSources));

  const summary = `${Object.keys(webTable).length} web and ${Object.keys(apiMessages).length} api message ids`;
  if (problems.length > 0) {
    process.stderr.write(`i18n: ${problems.length} problem(s) in ${summary}:\n`);
    for (const p of problems) process.stderr.write(`  - ${p}\n`);
    return 1;
  }
  process.stdout.write(`i18n: ${summary}, all in vi and en, all used.\n`);
  return 0;
}

process.exit(main());
