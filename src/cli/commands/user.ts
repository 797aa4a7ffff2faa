import crypto from 'node:crypto';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../server/config';
import { openDatabase, type DbHandle } from '../../server/db/open-db';
import { prepareDatabase } from '../../server/db/prepare';
import { SYSTEM_ACTOR } from '../../server/audit/audit.repo';
import { AppError } from '../../server/http/app-error';
import { apiMessages } from '../../shared/i18n/messages';
import { UserCreateInput, UserListQuery } from '../../shared/domain/User';
import { createUser } from '../../server/modules/users/user-create.service';
import { listUsers, type UsersCaller } from '../../server/modules/users/users.service';

const USAGE = `Usage:
  treem user create --username U --name "Tên" --role ROLE [--unit CODE] [--agency ID] [--email E]
                    (--password P | --password-stdin)
  treem user list [--role ROLE] [--unit CODE] [--limit N]

  --password-stdin reads the password from standard input (keeps it out of the shell history).`;

/** What the command talks to; tests pass their own database, input and output. */
export type UserCommandIo = {
  open?: () => Promise<DbHandle>;
  out?: (line: string) => void;
  err?: (line: string) => void;
  readStdin?: () => Promise<string>;
};

/** The CLI acts as the system, with national reach (whoever runs it can open the database anyway). */
const SYSTEM_CALLER: UsersCaller = { actor: SYSTEM_ACTOR, userId: null, scope: { kind: 'national' } };

async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `treem user create|list`: 0 on success, 1 when the database refuses, 2 on a usage error. */
export async function userCommand(argv: string[], io: UserCommandIo = {}): Promise<number> {
  const out = io.out ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const err = io.err ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const [sub, ...rest] = argv;
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(rest);
  } catch (e) {
    err(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values } = parsed;

  let run: (handle: DbHandle) => Promise<number>;
  if (sub === 'create') {
    let password = values.password;
    if (values['password-stdin']) password = (await (io.readStdin ?? readAllStdin)()).replace(/\r?\n$/, '');
    const input = UserCreateInput.safeParse({
      transactionId: crypto.randomUUID(),
      username: values.username,
      displayName: values.name,
      email: values.email ?? null,
      role: values.role,
      unitCode: values.unit ?? null,
      agencyId: values.agency ?? null,
      password,
    });
    if (!input.success) {
      const problems = input.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
      err(`Invalid user:\n${problems}\n\n${USAGE}`);
      return 2;
    }
    run = async (handle) => {
      const { user } = await createUser({ db: handle.db, now: () => new Date() }, SYSTEM_CALLER, input.data, {
        mustChangePassword: false,
      });
      out(`Created user ${user.username} (${user.id}): ${user.role}, unit ${user.unitCode ?? 'national'}`);
      return 0;
    };
  } else if (sub === 'list') {
    const query = UserListQuery.safeParse({
      role: values.role,
      unitCode: values.unit,
      limit: values.limit ?? '200',
    });
    if (!query.success) {
      err(USAGE);
      return 2;
    }
    run = async (handle) => {
      const { items, total } = await listUsers(
        { db: handle.db, now: () => new Date() },
        SYSTEM_CALLER,
        query.data,
      );
      for (const u of items) {
        const flags = [
          u.isActive ? '' : 'disabled',
          u.totpEnabled ? '2fa' : '',
          u.lockedUntil ? 'locked' : '',
        ]
          .filter(Boolean)
          .join(',');
        out([u.username, u.role, u.unitCode ?? '-', u.displayName, flags].join('\t'));
      }
      out(`${items.length} of ${total} users`);
      return 0;
    };
  } else {
    err(sub ? `Unknown user command: ${sub}\n\n${USAGE}` : USAGE);
    return 2;
  }

  const handle = await (io.open ?? (() => openDatabase(loadConfig().database)))();
  try {
    await prepareDatabase(handle);
    return await run(handle);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    err(`✖ ${apiMessages[e.messageId].en} (${e.code})`);
    return 1;
  } finally {
    await handle.close();
  }
}

function parse(args: string[]) {
  return parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      unit: { type: 'string' },
      agency: { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      limit: { type: 'string' },
    },
  });
}
