import { loadConfig, type Config } from '../../server/config';
import { openDatabase, type DbHandle } from '../../server/db/open-db';
import { prepareDatabase } from '../../server/db/prepare';
import { seedChildren } from '../../server/modules/children/seed/seed-children';

const USAGE = `Usage: treem seed --children N [--province CODE] [--seed S] [--as-of YYYY-MM-DD]

  Adds N synthetic children (DỮ LIỆU MẪU: never a real child) with caregivers, special circumstances (~6%) and
  risk flags, spread over the real 2025 communes (all, or one province by its 2-digit code). The same --seed
  gives the same children (default 1). Loaded by COPY in one transaction: all or nothing.`;

export type SeedCommandIo = {
  open?: () => Promise<DbHandle>;
  config?: Config;
  out?: (line: string) => void;
  err?: (line: string) => void;
};

type Parsed = { count: number; province?: string; seed?: string; asOf?: string };

function parse(argv: string[]): Parsed | undefined {
  const opts = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i];
    const value = argv[i + 1];
    if (!key?.startsWith('--') || value === undefined) return undefined;
    opts.set(key.slice(2), value);
  }
  const unknown = [...opts.keys()].filter((k) => !['children', 'province', 'seed', 'as-of'].includes(k));
  const count = Number(opts.get('children'));
  const province = opts.get('province');
  const asOf = opts.get('as-of');
  if (unknown.length > 0 || !Number.isInteger(count) || count < 1 || count > 50_000_000) return undefined;
  if (province !== undefined && !/^\d{2}$/.test(province)) return undefined;
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return undefined;
  return {
    count,
    ...(province ? { province } : {}),
    ...(opts.has('seed') ? { seed: opts.get('seed') } : {}),
    ...(asOf ? { asOf } : {}),
  };
}

/** `treem seed`: 0 on success, 2 on a usage error. */
export async function seedCommand(argv: string[], io: SeedCommandIo = {}): Promise<number> {
  const out = io.out ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const err = io.err ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const args = parse(argv);
  if (!args) {
    err(USAGE);
    return 2;
  }
  const config = io.config ?? loadConfig();
  const handle = await (io.open ?? (() => openDatabase(config.database)))();
  try {
    await prepareDatabase(handle);
    const showProgress = !io.out && process.stderr.isTTY;
    const result = await seedChildren(handle, {
      count: args.count,
      province: args.province,
      seed: args.seed,
      asOf: args.asOf,
      encryptionKey: config.encryptionKey,
      ...(showProgress
        ? { onProgress: (done: number, total: number) => process.stderr.write(`\r${done} / ${total}…`) }
        : {}),
    });
    if (showProgress) process.stderr.write('\r\x1b[K');
    out(
      `Seeded ${result.children} children, ${result.caregivers} caregivers, ${result.circumstances} special ` +
        `circumstances, ${result.riskFlags} risk flags in ${(result.ms / 1000).toFixed(1)} s ` +
        `(${result.rowsPerSecond} children/s${result.bulk ? ', indexes rebuilt after the load' : ''}).`,
    );
    return 0;
  } finally {
    if (!io.open) await handle.close();
  }
}
