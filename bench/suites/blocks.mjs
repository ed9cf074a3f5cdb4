// Issue 19: what blocking costs a send. Blocks are not cached (a cache would need invalidating on
// every process); every direct send looks the pair up both ways by primary key, every group send
// asks who blocked its sender (idx_blocks_blocked), a page of history whom the reader blocked.
// Measured in-process on the server's own query classes (SQLite, the default store), against the
// user lookup by primary key every request already makes, alternating passes.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { migrate, insertUsers, open } from '../lib/db.mjs';
import { SERVER_DIST, requireServer, round, tmpDir } from '../lib/util.mjs';

const BLOCKS_PER_USER = 20;
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

async function perCall(fn, n) {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn(i);
  return ((performance.now() - t0) * 1000) / n;
}

/** Each user blocks the next BLOCKS_PER_USER users (wrapping): a table far fuller than any real one. */
function insertBlocks(dbFile, ids) {
  const db = open(dbFile);
  const stmt = db.prepare('INSERT INTO blocks (blocker_id, blocked_id, created_at) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < ids.length; i++) {
      for (let k = 1; k <= BLOCKS_PER_USER; k++) stmt.run(ids[i], ids[(i + k) % ids.length], Date.now());
    }
  })();
  db.close();
}

export async function blockCheck({ n, passes }) {
  const dataDir = tmpDir('blocks');
  const dbFile = path.join(dataDir, 'chat.sqlite');
  migrate(dbFile, dataDir, randomBytes(32).toString('hex'));
  const ids = insertUsers(dbFile, 1000);
  insertBlocks(dbFile, ids);
  requireServer('reflect-metadata');
  const { createDataSource } = requireServer(path.join(SERVER_DIST, 'db', 'data-source.js'));
  const { UserQueries } = requireServer(path.join(SERVER_DIST, 'db', 'user-queries.js'));
  const { BlockQueries } = requireServer(path.join(SERVER_DIST, 'db', 'block-queries.js'));
  const dataSource = createDataSource({ kind: 'sqlite', file: dbFile, synchronous: 'NORMAL' });
  await dataSource.initialize();
  try {
    const users = new UserQueries(dataSource);
    const blocks = new BlockQueries(dataSource);
    // A pair with no block between them (the common send), a user others blocked (a group sender).
    const [a, b] = [ids[0], ids[500]];
    if ((await blocks.between(a, b)).blocks.length !== 0 || (await blocks.blockersOf(a)).length !== BLOCKS_PER_USER)
      throw new Error('bench blocks wrong');
    const times = { user: [], pair: [], blockers: [], blocked: [] };
    for (let pass = 0; pass < passes; pass++) {
      times.user.push(await perCall(() => users.findById(a), n));
      times.pair.push(await perCall(() => blocks.between(a, b), n));
      times.blockers.push(await perCall(() => blocks.blockersOf(a), n));
      times.blocked.push(await perCall(() => blocks.blockedBy(a), n));
    }
    return {
      n,
      passes,
      users: ids.length,
      blocks: ids.length * BLOCKS_PER_USER,
      user_lookup_us: round(median(times.user), 2),
      direct_send_check_us: round(median(times.pair), 2),
      group_send_check_us: round(median(times.blockers), 2),
      history_page_check_us: round(median(times.blocked), 2),
    };
  } finally {
    await dataSource.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
