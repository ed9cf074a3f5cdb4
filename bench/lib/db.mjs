// Direct database setup for the bench: schema through the server's own migrations, then users and
// messages bulk-inserted with better-sqlite3 (bcrypt-registering thousands of users would dominate).
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { ROOT, SERVER_DIST, requireServer } from './util.mjs';

const Database = requireServer('better-sqlite3');
const jwt = requireServer('jsonwebtoken');

// Never verified: these users only ever authenticate with minted tokens.
const DUMMY_HASH = '$2b$10$' + 'b'.repeat(53);

export function migrate(dbFile, dataDir, jwtSecret) {
  const result = spawnSync(process.execPath, [path.join(SERVER_DIST, 'cli', 'migrate.js')], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: `sqlite:${dbFile}`, JWT_SECRET: jwtSecret, AUTO_MIGRATE: 'true' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`migration failed: ${result.stderr}${result.stdout}`);
}

export function open(dbFile, options) {
  const db = new Database(dbFile, options);
  db.pragma('busy_timeout = 10000');
  return db;
}

/** Values for NOT NULL columns this bench doesn't know (the schema is evolving): a UUID for text, 0 for numbers. */
function extraColumns(db, table, known) {
  return db
    .prepare(`PRAGMA table_info(${table})`)
    .all()
    .filter((c) => !known.includes(c.name) && c.notnull && c.dflt_value === null && !c.pk)
    .map((c) => ({ name: c.name, value: /char|text|clob/i.test(c.type) ? () => randomUUID() : () => 0 }));
}

/** Inserts `count` users in one transaction; returns their ids in order. */
export function insertUsers(dbFile, count, prefix = 'u') {
  const db = open(dbFile);
  const extra = extraColumns(db, 'users', ['id', 'username', 'email', 'password_hash', 'created_at']);
  const cols = ['username', 'email', 'password_hash', 'created_at', ...extra.map((c) => c.name)];
  const stmt = db.prepare(`INSERT INTO users (${cols.join(',')}) VALUES (${cols.map(() => '?').join(',')})`);
  const ids = [];
  const now = Date.now();
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const info = stmt.run(`b${prefix}${i}`, `${prefix}${i}@bench.test`, DUMMY_HASH, now, ...extra.map((c) => c.value()));
      ids.push(Number(info.lastInsertRowid));
    }
  })();
  db.close();
  return ids;
}

const TOKEN_TTL_MS = 6 * 3600 * 1000;

/**
 * A token for each of these users, as a log-in would issue it: a session row each (the server
 * refuses a token whose `sid` names no live session), in one transaction.
 */
export function mintTokens(dbFile, jwtSecret, userIds) {
  const db = open(dbFile);
  const insert = db.prepare('INSERT INTO sessions (user_id, user_agent, created_at, last_used_at, expires_at) VALUES (?, ?, ?, ?, ?)');
  const now = Date.now();
  const sessionIds = db.transaction(() =>
    userIds.map((userId) => Number(insert.run(userId, 'bench', now, now, now + TOKEN_TTL_MS).lastInsertRowid)),
  )();
  db.close();
  return userIds.map((userId, i) =>
    jwt.sign({ sid: sessionIds[i] }, jwtSecret, { algorithm: 'HS256', subject: String(userId), issuer: 'chat-app', expiresIn: TOKEN_TTL_MS / 1000 }),
  );
}

/**
 * `total` messages spread round-robin over `pairs` ([a, b] user ids), so consecutive ids belong to
 * different conversations as in real traffic. Returns the id of the k-th message of pair i: base + k*pairs.length + i.
 */
export function insertMessages(dbFile, pairs, total, contentSize = 100) {
  const db = open(dbFile);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  const known = ['id', 'sender_id', 'receiver_id', 'pair_low_id', 'pair_high_id', 'content', 'timestamp'];
  const extra = extraColumns(db, 'messages', known);
  const cols = ['sender_id', 'receiver_id', 'pair_low_id', 'pair_high_id', 'content', 'timestamp', ...extra.map((c) => c.name)];
  const stmt = db.prepare(`INSERT INTO messages (${cols.join(',')}) VALUES (${cols.map(() => '?').join(',')})`);
  const base = Number(db.prepare('SELECT COALESCE(MAX(id), 0) AS m FROM messages').get().m) + 1;
  const t0 = Date.now() - total * 1000;
  const text = 'lorem ipsum dolor sit amet '.repeat(Math.ceil(contentSize / 27)).slice(0, contentSize);
  db.transaction(() => {
    for (let n = 0; n < total; n++) {
      const [a, b] = pairs[n % pairs.length];
      const fromA = (n / pairs.length) % 2 < 1;
      const sender = fromA ? a : b;
      const receiver = fromA ? b : a;
      stmt.run(sender, receiver, Math.min(a, b), Math.max(a, b), text, t0 + n * 1000, ...extra.map((c) => c.value()));
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { base, perPair: Math.floor(total / pairs.length), idOf: (pairIndex, k) => base + k * pairs.length + pairIndex };
}

export function countMessages(dbFile) {
  const db = open(dbFile, { readonly: true });
  const n = db.prepare('SELECT COUNT(*) AS n FROM messages').get().n;
  db.close();
  return Number(n);
}
