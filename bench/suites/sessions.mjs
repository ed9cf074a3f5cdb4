// Issue 19: what the session check costs each authenticated request. Every request's token names a
// session, looked up by primary key (joined to its user) so a revoked one stops at once on every
// process. Before sessions, the same request looked the user up by primary key: that is the
// baseline. Measured in-process on the server's own query classes (SQLite, the default store),
// alternating passes; and, for scale, a real server process's CPU time per authenticated GET.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startServer } from '../lib/procs.mjs';
import { migrate, insertUsers, mintTokens } from '../lib/db.mjs';
import { SERVER_DIST, requireServer, round, tmpDir } from '../lib/util.mjs';

const jwt = requireServer('jsonwebtoken');
const CLOCK_TICK_US = 10_000; // USER_HZ is 100 on Linux
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

function serverCpuUs(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_US;
}

/** µs per call of `fn`, `n` sequential calls. */
async function perCall(fn, n) {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return ((performance.now() - t0) * 1000) / n;
}

async function lookups(dbFile, userId, sessionId, { n, passes }) {
  requireServer('reflect-metadata');
  const { createDataSource } = requireServer(path.join(SERVER_DIST, 'db', 'data-source.js'));
  const { UserQueries } = requireServer(path.join(SERVER_DIST, 'db', 'user-queries.js'));
  const { SessionQueries } = requireServer(path.join(SERVER_DIST, 'db', 'session-queries.js'));
  const dataSource = createDataSource({ kind: 'sqlite', file: dbFile, synchronous: 'NORMAL' });
  await dataSource.initialize();
  try {
    const users = new UserQueries(dataSource);
    const sessions = new SessionQueries(dataSource);
    if (!(await sessions.findLive(sessionId)) || !(await users.findById(userId))) throw new Error('bench session or user missing');
    const times = { user: [], session: [] };
    for (let pass = 0; pass < passes; pass++) {
      times.user.push(await perCall(() => users.findById(userId), n));
      times.session.push(await perCall(() => sessions.findLive(sessionId), n));
    }
    return { user_lookup_us: round(median(times.user), 2), session_lookup_us: round(median(times.session), 2) };
  } finally {
    await dataSource.destroy();
  }
}

export async function sessionCheck({ n, passes, requests }) {
  const dataDir = tmpDir('sessions');
  const dbFile = path.join(dataDir, 'chat.sqlite');
  const jwtSecret = randomBytes(32).toString('hex');
  migrate(dbFile, dataDir, jwtSecret);
  // Other people's sessions in the table, as on a server in use.
  const uids = insertUsers(dbFile, 1000);
  const tokens = mintTokens(dbFile, jwtSecret, [...uids, ...uids]);
  const { sid } = jwt.decode(tokens[0]);
  const inProcess = await lookups(dbFile, uids[0], sid, { n, passes });

  const server = await startServer({ dbFile, dataDir, jwtSecret, env: { LINK_PREVIEWS: 'false' } });
  try {
    const get = async (url, token) => {
      const response = await fetch(`${server.url}${url}`, token ? { headers: { authorization: `Bearer ${token}` } } : undefined);
      if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
      await response.arrayBuffer();
    };
    for (let i = 0; i < 200; i++) await get('/api/me', tokens[0]);
    const cpu0 = serverCpuUs(server.pid);
    const t0 = performance.now();
    for (let i = 0; i < requests; i++) await get('/api/me', tokens[i % tokens.length]);
    const wallUs = ((performance.now() - t0) * 1000) / requests;
    const cpuUs = (serverCpuUs(server.pid) - cpu0) / requests;
    return {
      n,
      passes,
      requests,
      ...inProcess,
      added_us: round(inProcess.session_lookup_us - inProcess.user_lookup_us, 2),
      me_server_cpu_us: round(cpuUs, 0),
      me_wall_us: round(wallUs, 0),
    };
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
