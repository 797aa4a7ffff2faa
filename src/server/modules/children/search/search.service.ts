import type { AppDeps } from '../../../app-deps';
import type { DbOrTx } from '../../../db/transaction';
import { AppError } from '../../../http/app-error';
import type { RequestContext } from '../../../http/request-context';
import { recordAudit } from '../../../audit/audit.repo';
import { normalizeSearchInput } from '../../units/units.service';
import { groupKeyMaps } from '../../../lib/blind-index';
import { Permission } from '../../../../shared/permissions/Permission';
import { scopeFor, type Scope, type ScopedUser } from '../../../../shared/permissions/scope';
import type { Config } from '../../../config';
import { ageAt, vietnamToday } from '../../../../shared/reference/child-age';
import {
  CIRCUMSTANCE_GROUPS,
  type CircumstanceGroupCode,
} from '../../../../shared/reference/circumstance-groups';
import {
  ChildSearchCursor,
  type ChildSearchItem,
  type ChildSearchMatch,
  type ChildSearchQuery,
  type ChildSearchResult,
} from '../../../../shared/domain/ChildSearch';
import { planNameSearch, TYPO_BUDGET, type FuzzyPlan, type NamePlan } from './search-plan';
import { VOCAB_RELOAD_MS, vocabFor } from './syllable-vocab';
import {
  foldAndVocabDelta,
  pageDetails,
  searchTier,
  type SearchFilters,
  type SearchRow,
  type Tier,
} from './search.repo';

type Deps = Pick<AppDeps, 'db' | 'config' | 'now'>;

const SENSITIVE = new Set(CIRCUMSTANCE_GROUPS.filter((g) => g.sensitive).map((g) => g.code));
const MATCH: Record<Tier['t'], ChildSearchMatch> = {
  0: 'list',
  1: 'exact',
  2: 'prefix',
  3: 'all_words',
  4: 'fuzzy',
  5: 'fuzzy',
};

function encodeCursor(c: ChildSearchCursor): string {
  return Buffer.from(JSON.stringify(c), 'utf8').toString('base64url');
}

/** The page cursor of the search (base64url JSON of ChildSearchCursor); the export pages with it too. */
export function decodeCursor(raw: string | undefined): ChildSearchCursor | undefined {
  if (!raw) return undefined;
  try {
    return ChildSearchCursor.parse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
  } catch {
    throw new AppError('VALIDATION', {
      fields: [{ path: 'cursor', messageId: 'field.invalid', message: 'not a cursor of this list' }],
    });
  }
}

/**
 * The typed name with its typos corrected, words in the typed order ("nguyen vn an" → "nguyen van an", "nguyen vy
 * an" …), one typo per corrected word: most typos are in a name typed in order, and whole names are found through the
 * name btree in a few milliseconds at any scale. At most MAX_CORRECTED names.
 */
function correctedNames(tokens: string[], fuzzy: FuzzyPlan): string[] {
  let names: string[][] = [[]];
  if (fuzzy.kind === 'unknown') {
    const unknown = new Map(fuzzy.corrected.map((c) => [c.token, c.d1]));
    for (const t of tokens) {
      const options = unknown.get(t) ?? [t];
      names = names.flatMap((n) => options.map((o) => [...n, o])).slice(0, MAX_CORRECTED);
    }
    return names.map((n) => n.join(' '));
  }
  const out: string[] = [];
  fuzzy.tokens.forEach((c, i) => {
    for (const o of c.d1) out.push(tokens.map((t, j) => (j === i ? o : t)).join(' '));
  });
  return out.slice(0, MAX_CORRECTED);
}
const MAX_CORRECTED = 300;

/** The rank groups of a query, in order (search-plan.ts). */
export function tiersOf(plan: NamePlan | null): Tier[] {
  if (!plan || plan.tokens.length === 0) return [{ t: 0 }];
  const tiers: Tier[] = [
    { t: 1, text: plan.text },
    { t: 2, text: plan.text },
    { t: 3, text: plan.text, tokens: plan.tokens },
  ];
  const fuzzy = plan.fuzzy;
  if (fuzzy) {
    // Each unknown syllable costs at least one typo: fewer typos than that cannot match.
    const min = fuzzy.kind === 'unknown' ? fuzzy.corrected.length : 1;
    const names = correctedNames(plan.tokens, fuzzy);
    for (let s = min; s <= TYPO_BUDGET; s++) {
      if (s === min && names.length > 0) tiers.push({ t: 4, s, text: plan.text, tokens: plan.tokens, names });
      const exclude = s === min ? names : [];
      tiers.push({ t: 5, s, text: plan.text, plan: fuzzy, tokenCount: plan.tokens.length, exclude });
    }
  }
  return tiers;
}

export type PageRows = { page: Array<{ row: SearchRow; tier: Tier }>; nextCursor: string | null };

/**
 * One page across the rank groups: limit + 1 rows from the cursor's group on (the extra row tells whether a next
 * page exists). Exported for the benchmark, which times it as the SQL-only baseline of the API.
 */
export async function readPage(
  db: DbOrTx,
  filters: SearchFilters,
  tiers: Tier[],
  cursor: ChildSearchCursor | undefined,
  limit: number,
): Promise<PageRows> {
  const found: Array<{ row: SearchRow; tier: Tier }> = [];
  for (const tier of tiers) {
    const s = tier.t === 4 || tier.t === 5 ? tier.s : 0;
    if (cursor && (tier.t < cursor.t || (tier.t === cursor.t && s < cursor.s))) continue;
    const sameTier = cursor && tier.t === cursor.t && s === cursor.s;
    const rows = await searchTier(db, filters, tier, sameTier ? cursor : undefined, limit + 1 - found.length);
    for (const row of rows) found.push({ row, tier });
    if (found.length > limit) break;
  }
  const page = found.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor =
    found.length > limit && last
      ? encodeCursor({
          t: last.tier.t,
          s: last.tier.t === 4 || last.tier.t === 5 ? last.tier.s : 0,
          n: last.row.name_search,
          i: last.row.id,
        })
      : null;
  return { page, nextCursor };
}

/** The SQL filters of a query inside a scope (the group as its blind index). */
export function filtersOf(
  scope: Scope,
  query: ChildSearchQuery,
  key: Config['encryptionKey'],
  asOf: string,
): SearchFilters {
  return {
    scope,
    communeCode: query.communeCode,
    provinceCode: query.provinceCode,
    groupKey: query.group ? groupKeyMaps(key).byCode.get(query.group) : undefined,
    riskFlag: query.riskFlag,
    hasOpenCase: query.hasOpenCase,
    sex: query.sex,
    ageMin: query.ageMin,
    ageMax: query.ageMax,
    asOf,
    includeAgedOut: query.includeAgedOut ?? false,
  };
}

/**
 * Whether a child has an open protection case is case data: the filter needs cases.read (a collaborator or a fund
 * officer, who may list children, must not learn which of them are being protected from the filter's answers).
 */
export function assertOpenCaseFilterAllowed(
  user: ScopedUser,
  query: { hasOpenCase?: boolean | undefined },
): void {
  if (query.hasOpenCase !== undefined && scopeFor(user, Permission.casesRead) === null)
    throw new AppError('FORBIDDEN', { messageId: 'child.openCaseForbidden' });
}

/** Folds the query and brings the syllable vocabulary up to date in the same round trip. */
export async function planFor(deps: Pick<AppDeps, 'db'>, q: string | undefined): Promise<NamePlan | null> {
  const input = normalizeSearchInput(q ?? '');
  if (input === '') return null;
  const vocab = vocabFor(deps.db);
  const now = Date.now();
  if (now - vocab.loadedAt > VOCAB_RELOAD_MS) {
    vocab.reset();
    vocab.loadedAt = now;
  }
  const { folded, delta } = await foldAndVocabDelta(deps.db, input, vocab.lastId);
  vocab.add(delta);
  return planNameSearch(folded, vocab);
}

/**
 * GET /api/children: search and list inside the user's jurisdiction, audited as `child.search` with the names of
 * the filters used and the number of results (never the query text).
 */
export async function searchChildren(
  deps: Deps,
  ctx: RequestContext,
  query: ChildSearchQuery,
): Promise<ChildSearchResult> {
  const user = ctx.user;
  if (!user || !ctx.scope) throw new AppError('UNAUTHENTICATED');
  const sensitiveVisible = scopeFor(user, Permission.childrenReadSensitive) !== null;
  if (query.group && SENSITIVE.has(query.group) && !sensitiveVisible)
    throw new AppError('FORBIDDEN', { message: 'a sensitive group filter needs children.read_sensitive' });
  assertOpenCaseFilterAllowed(user, query);
  const keys = groupKeyMaps(deps.config.encryptionKey);
  const asOf = query.asOf ?? vietnamToday(deps.now());
  const filters = filtersOf(ctx.scope, query, deps.config.encryptionKey, asOf);
  const cursor = decodeCursor(query.cursor);
  const plan = await planFor(deps, query.q);
  const tiers = tiersOf(plan);

  return deps.db.transaction().execute(async (tx) => {
    const { page, nextCursor } = await readPage(tx, filters, tiers, cursor, query.limit);
    const details = await pageDetails(
      tx,
      page.map((p) => p.row.id),
      page.map((p) => p.row.commune_code),
      asOf,
    );
    const items: ChildSearchItem[] = page.map(({ row, tier }) => ({
      id: row.id,
      fullName: row.full_name,
      birthDate: row.birth_date,
      birthPrecision: row.birth_precision,
      age: ageAt(row.birth_date, row.birth_precision, asOf),
      sex: row.sex,
      communeCode: row.commune_code,
      communeName: details.communes.get(row.commune_code) ?? null,
      provinceCode: row.province_code,
      village: row.village,
      groups: [...new Set(details.groups.get(row.id) ?? [])]
        .map((k) => keys.byKey.get(k))
        .filter((c): c is CircumstanceGroupCode => c !== undefined && (sensitiveVisible || !SENSITIVE.has(c)))
        .sort(),
      match: MATCH[tier.t],
    }));

    const used = Object.entries(query)
      .filter(([k, v]) => v !== undefined && v !== '' && k !== 'limit')
      .map(([k]) => [`filter.${k}`, 1] as const);
    await recordAudit(tx, ctx.actor, {
      operation: 'child.search',
      targetType: 'child',
      unitCode: ctx.scope?.kind === 'commune' ? ctx.scope.communeCode : null,
      provinceCode:
        ctx.scope?.kind === 'commune' || ctx.scope?.kind === 'province' ? ctx.scope.provinceCode : null,
      counts: { results: items.length, ...Object.fromEntries(used) },
    });
    return { items, nextCursor, asOf };
  });
}
