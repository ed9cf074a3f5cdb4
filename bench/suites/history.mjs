// Item 4: a 50-message page (newest, and deep with the `before` cursor) and the conversation list,
// over REST against the real server process, on a database of `total` messages in 1,000 conversations.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startServer } from '../lib/procs.mjs';
// Whatever the MessageEvents interface grows to, every announcement is a no-op here.
const NO_EVENTS = new Proxy({}, { get: (_, key) => (key === 'then' ? undefined : () => {}) });

import { migrate, insertUsers, insertMessages, mintTokens, open } from '../lib/db.mjs';
import { summarize, round, tmpDir, log, requireServer, SERVER_DIST } from '../lib/util.mjs';

const pick = (s) => ({ p50: round(s.p50, 3), p95: round(s.p95, 3), p99: round(s.p99, 3), max: round(s.max, 3), n: s.n });

/** The SQL the server's own MessageService runs, captured at the driver, with its parameters. */
async function captureQueries(dbFile, userId, partnerId, before) {
  const { createDataSource } = requireServer(path.join(SERVER_DIST, 'db', 'data-source.js'));
  const { createDomainServices } = requireServer(path.join(SERVER_DIST, 'services', 'index.js'));
  const ds = createDataSource({ kind: 'sqlite', file: dbFile, synchronous: 'NORMAL' });
  await ds.initialize();
  const db = ds.driver.databaseConnection;
  const seen = [];
  const prepare = db.prepare.bind(db);
  db.prepare = (sql) => {
    const stmt = prepare(sql);
    for (const method of ['all', 'get', 'run', 'iterate']) {
      const original = stmt[method].bind(stmt);
      stmt[method] = (...params) => {
        seen.push({ sql, params: params.flat() });
        return original(...params);
      };
    }
    return stmt;
  };
  const { messages: service } = createDomainServices(ds, NO_EVENTS);
  const grab = async (fn) => {
    seen.length = 0;
    await fn();
    return seen.slice();
  };
  const newest = await grab(() => service.conversation(userId, partnerId, { limit: 50 }));
  const deep = await grab(() => service.conversation(userId, partnerId, { limit: 50, before }));
  const list = await grab(() => service.conversations(userId));
  // Service-level timings (ORM included, HTTP excluded), in this process.
  const timeIt = async (n, fn) => {
    const t = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      await fn();
      t.push(performance.now() - t0);
    }
    return pick(summarize(t));
  };
  const service_ms = {
    newest: await timeIt(200, () => service.conversation(userId, partnerId, { limit: 50 })),
    deep: await timeIt(200, () => service.conversation(userId, partnerId, { limit: 50, before })),
  };
  await ds.destroy();
  return { newest, deep, list, service_ms };
}

function explain(db, query) {
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params);
  return plan.map((row) => `${'  '.repeat(Math.max(0, depth(plan, row)))}${row.detail}`).join('\n');
}
function depth(plan, row) {
  let d = 0;
  let parent = row.parent;
  while (parent) {
    d++;
    parent = plan.find((r) => r.id === parent)?.parent ?? 0;
  }
  return d;
}

export async function history(cfg) {
  const dataDir = tmpDir('history');
  const dbFile = path.join(dataDir, 'chat.sqlite');
  const jwtSecret = randomBytes(32).toString('hex');
  migrate(dbFile, dataDir, jwtSecret);
  const partners = cfg.conversations / 2;
  const uids = insertUsers(dbFile, 1 + cfg.conversations);
  const hub = uids[0];
  const pairs = [];
  for (let j = 0; j < partners; j++) pairs.push([hub, uids[1 + j]]);
  for (let j = 0; j < partners; j++) pairs.push([uids[1 + j], uids[1 + partners + j]]);
  const t0 = performance.now();
  const layout = insertMessages(dbFile, pairs, cfg.messages);
  const insertMs = performance.now() - t0;
  log(`history: ${cfg.messages} messages in ${pairs.length} conversations inserted in ${Math.round(insertMs)} ms`);
  const dbBytes = fs.statSync(dbFile).size;

  const deepK = Math.min(layout.perPair - 1, 100);
  const { newest, deep, list, service_ms } = await captureQueries(dbFile, hub, uids[1], layout.idOf(0, deepK));
  const pageQuery = (qs) => qs.find((q) => /pair_low_id/i.test(q.sql) && /LIMIT/i.test(q.sql)) ?? qs.at(-1);
  const raw = open(dbFile, { readonly: true });
  const explains = {
    newest_page: { sql: pageQuery(newest).sql, plan: explain(raw, pageQuery(newest)) },
    deep_page: { sql: pageQuery(deep).sql, plan: explain(raw, pageQuery(deep)) },
    conversations: list.map((q) => ({ sql: q.sql.replace(/\s+/g, ' ').slice(0, 600), plan: explain(raw, q) })),
  };
  // The same page SQL on the raw driver: the floor under the ORM and HTTP.
  const rawTimes = (q, n) => {
    const stmt = raw.prepare(q.sql);
    const t = [];
    for (let i = 0; i < n; i++) {
      const s = performance.now();
      stmt.all(...q.params);
      t.push(performance.now() - s);
    }
    return pick(summarize(t));
  };
  const raw_sql_ms = { newest: rawTimes(pageQuery(newest), 500), deep: rawTimes(pageQuery(deep), 500) };
  raw.close();

  const server = await startServer({ dataDir, dbFile, jwtSecret });
  const minted = mintTokens(dbFile, jwtSecret, uids);
  const tokens = new Map(uids.map((id, i) => [id, minted[i]]));
  const get = async (uid, url, check) => {
    const t = performance.now();
    const res = await fetch(`${server.url}${url}`, { headers: { authorization: `Bearer ${tokens.get(uid)}` } });
    const body = await res.json();
    const ms = performance.now() - t;
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(body)}`);
    check(body);
    return ms;
  };
  const expect50 = (body) => {
    if (body.messages.length !== 50) throw new Error(`page has ${body.messages.length} messages, expected 50`);
  };
  const out = {
    messages: cfg.messages,
    conversations: pairs.length,
    partners_of_hub: partners,
    insert_ms: Math.round(insertMs),
    db_mb: round(dbBytes / 2 ** 20, 1),
    explains,
    raw_sql_ms,
    service_ms,
  };
  try {
    // Warm-up: JIT and the page cache, as on a server that has been up for a while.
    for (let i = 0; i < 50; i++) await get(hub, `/api/messages/conversation/${uids[1 + (i % partners)]}?limit=50`, expect50);
    const newestT = [];
    const deepT = [];
    for (let i = 0; i < cfg.requests; i++) {
      const p = Math.floor(Math.random() * pairs.length);
      const [a, b] = pairs[p];
      newestT.push(await get(a, `/api/messages/conversation/${b}?limit=50`, expect50));
      deepT.push(await get(b, `/api/messages/conversation/${a}?limit=50&before=${layout.idOf(p, deepK)}`, expect50));
    }
    out.newest_page_ms = pick(summarize(newestT));
    out.deep_page_ms = pick(summarize(deepT));
    const listT = [];
    for (let i = 0; i < cfg.listRequests; i++) {
      listT.push(
        await get(hub, '/api/conversations', (body) => {
          if (body.conversations.length !== partners) throw new Error(`${body.conversations.length} conversations, expected ${partners}`);
        }),
      );
    }
    out.conversations_list_ms = pick(summarize(listT));
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return out;
}
