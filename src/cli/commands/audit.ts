import { loadConfig } from '../../server/config';
import { openDatabase, type DbHandle } from '../../server/db/open-db';
import { prepareDatabase } from '../../server/db/prepare';
import { verifyAuditChain } from '../../server/audit/audit-verify';

const USAGE = `Usage: treem audit verify [--batch-size N]

  verify   check the audit log's hash chain; prints "Audit chain OK" (exit 0) or where it is broken (exit 1)`;

/** What the command talks to; tests pass their own database and capture the output. */
export type AuditCommandIo = {
  open?: () => Promise<DbHandle>;
  out?: (line: string) => void;
  err?: (line: string) => void;
};

function parseBatchSize(args: string[]): number | undefined | 'invalid' {
  const i = args.indexOf('--batch-size');
  if (i < 0) return args.length === 0 ? undefined : 'invalid';
  const value = Number(args[i + 1]);
  if (args.length !== 2 || !Number.isInteger(value) || value < 1) return 'invalid';
  return value;
}

/** `treem audit <subcommand>`: 0 when the chain is intact, 1 when it is broken, 2 on a usage error. */
export async function auditCommand(argv: string[], io: AuditCommandIo = {}): Promise<number> {
  const out = io.out ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const err = io.err ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const [sub, ...rest] = argv;
  if (sub !== 'verify') {
    err(sub ? `Unknown audit command: ${sub}\n\n${USAGE}` : USAGE);
    return 2;
  }
  const batchSize = parseBatchSize(rest);
  if (batchSize === 'invalid') {
    err(USAGE);
    return 2;
  }

  const handle = await (io.open ?? (() => openDatabase(loadConfig().database)))();
  try {
    await prepareDatabase(handle);
    const showProgress = !io.out && process.stderr.isTTY;
    const result = await verifyAuditChain(handle.db, {
      ...(batchSize ? { batchSize } : {}),
      ...(showProgress ? { onProgress: (n: number) => process.stderr.write(`\rchecked ${n} rows…`) } : {}),
    });
    if (showProgress) process.stderr.write('\r\x1b[K');
    if (result.ok) {
      out(`Audit chain OK: ${result.checked} rows checked`);
      return 0;
    }
    out(
      `Audit chain BROKEN at id ${result.firstBadId}: ${result.reason} (${result.checked} rows checked before it)`,
    );
    return 1;
  } finally {
    await handle.close();
  }
}
