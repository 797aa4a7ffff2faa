import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/server/app';
import { openPostgres } from '../../src/server/db/open-db';
import { benchConfig } from './bench-app';

/**
 * One more app instance on the benchmark's PostgreSQL database, in its own process (forked by suites/intake.ts):
 * the scale-out path of architecture.md, several stateless instances on one database. Answers its port over IPC and
 * stops on 'stop'.
 */
const url = process.env.BENCH_INSTANCE_URL;
if (!url || !process.send) throw new Error('intake-instance: started without BENCH_INSTANCE_URL or IPC');
const handle = await openPostgres(url, 10);
const app = await createApp(
  { config: benchConfig(), dbHandle: handle, db: handle.db, now: () => new Date() },
  { logger: false },
);
await app.listen({ port: 0, host: '127.0.0.1' });
process.send({ port: (app.server.address() as AddressInfo).port });
process.on('message', (m) => {
  if (m !== 'stop') return;
  void app
    .close()
    .then(() => handle.close())
    .then(() => process.exit(0));
});
