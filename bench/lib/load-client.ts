import crypto from 'node:crypto';
import http from 'node:http';
import { fork } from 'node:child_process';
import path from 'node:path';
import { summarize, type Latency } from './stats';

/**
 * The load generator of the intake suite, in a process of its own (as autocannon measured the HTTP limits of
 * db-baselines.md §4): the server under test must not share its core with the client. `runLoad` forks this file;
 * the child receives the job over IPC, sends the requests and answers the figures.
 */
export type LoadJob = {
  ports: number[];
  path: string;
  headers: Record<string, string>;
  total: number;
  concurrency: number;
  /** Report bodies spread over these communes. */
  communes: string[];
};
export type LoadResult = { rps: number; latency: Latency; errors: number };

export function runLoad(job: LoadJob): Promise<LoadResult> {
  const child = fork(path.resolve(import.meta.dirname, 'load-client.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => {
      resolve(m as LoadResult);
      child.kill();
    });
    child.once('exit', (code) => reject(new Error(`load client exited with ${code}`)));
    child.send(job);
  });
}

export function reportBody(communeCode: string) {
  return {
    transactionId: crypto.randomUUID(),
    channel: 'hotline_111',
    communeCode,
    description:
      'Người gọi cho biết một trẻ khoảng 9 tuổi thường xuyên bị người lớn trong nhà đánh, có vết bầm ở tay và chân. ' +
      'Trẻ sợ về nhà và hay ở lại nhà hàng xóm đến tối muộn.',
    harmTypes: ['physical_violence', 'emotional_violence'],
    environment: 'family',
    perpetratorRelation: 'parent',
    urgency: 'high',
    child: { fullName: 'Nguyễn Văn An', estimatedAge: 9, sex: 'male', whereNow: 'Nhà hàng xóm' },
    family: { caregiver: 'Bố và mẹ kế', situation: 'Bố làm thuê, thường uống rượu.' },
    reporter: { anonymous: true },
  };
}

/**
 * Sends `total` POSTs over `concurrency` keep-alive connections, spread over the given ports; requests per second,
 * latency and errors.
 */
async function load(
  ports: number[],
  urlPath: string,
  body: () => string,
  headers: Record<string, string>,
  total: number,
  concurrency: number,
): Promise<{ rps: number; latency: Latency; errors: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const samples: number[] = [];
  let errors = 0;
  let sent = 0;
  const t0 = performance.now();
  const worker = async (w: number) => {
    const port = ports[w % ports.length] ?? 0;
    while (sent < total) {
      sent++;
      const payload = body();
      const start = performance.now();
      const status = await post(agent, port, urlPath, payload, headers);
      samples.push(performance.now() - start);
      if (status >= 300) errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  return { rps: Math.round(total / seconds), latency: summarize(samples), errors };
}

function post(
  agent: http.Agent,
  port: number,
  path: string,
  payload: string,
  headers: Record<string, string>,
): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        agent,
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...headers,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(599));
    req.end(payload);
  });
}

if (process.send && process.argv[1]?.endsWith('load-client.ts')) {
  process.once('message', (job: LoadJob) => {
    let i = 0;
    const body = () => JSON.stringify(reportBody(job.communes[i++ % job.communes.length] ?? '22333'));
    void load(job.ports, job.path, body, job.headers, job.total, job.concurrency).then((r) =>
      process.send?.(r),
    );
  });
}
