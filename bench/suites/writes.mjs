// Item 5: single-message insert rate through the server's own MessageService (TypeORM repository code)
// vs the raw better-sqlite3 driver, same file settings (WAL, synchronous as the server sets it).
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
// Whatever the MessageEvents interface grows to, every announcement is a no-op here.
const NO_EVENTS = new Proxy({}, { get: (_, key) => (key === 'then' ? undefined : () => {}) });

import { migrate, insertUsers, open } from '../lib/db.mjs';
import { round, tmpDir, requireServer, SERVER_DIST } from '../lib/util.mjs';

export async function writes(cfg) {
  const dataDir = tmpDir('writes');
  const dbFile = path.join(dataDir, 'chat.sqlite');
  migrate(dbFile, dataDir, randomBytes(32).toString('hex'));
  const [a, b, ...extraMembers] = insertUsers(dbFile, 6);
  const content = 'x'.repeat(100);
  const out = { n: cfg.n, synchronous: 'NORMAL', journal_mode: 'WAL' };
  try {
    const { createDataSource } = requireServer(path.join(SERVER_DIST, 'db', 'data-source.js'));
    const { createDomainServices } = requireServer(path.join(SERVER_DIST, 'services', 'index.js'));
    const ds = createDataSource({ kind: 'sqlite', file: dbFile, synchronous: 'NORMAL' });
    await ds.initialize();
    const services = createDomainServices(ds, NO_EVENTS);
    const service = services.messages;
    for (let i = 0; i < 200; i++) await service.send(a, { receiver_id: b, message_content: content });
    // Best of two passes each: the first pass also pays for JIT and WAL growth.
    let best = 0;
    let t0;
    for (let pass = 0; pass < 2; pass++) {
      t0 = performance.now();
      for (let i = 0; i < cfg.n; i++) await service.send(a, { receiver_id: b, message_content: content });
      best = Math.max(best, (cfg.n * 1000) / (performance.now() - t0));
    }
    out.orm_per_s = round(best, 0);
    t0 = performance.now();
    for (let i = 0; i < cfg.n; i++) await service.send(a, { receiver_id: b, message_content: content, client_id: randomUUID() });
    out.orm_client_id_per_s = round((cfg.n * 1000) / (performance.now() - t0), 0);
    Object.assign(out, await richSends(services, [a, b, ...extraMembers], Math.min(cfg.n, 5000)));
    await ds.destroy();

    const db = open(dbFile);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    const cols = db
      .prepare('PRAGMA table_info(messages)')
      .all()
      .map((c) => c.name);
    const hasClientId = cols.includes('client_id');
    const insert = db.prepare(
      `INSERT INTO messages (sender_id, receiver_id, pair_low_id, pair_high_id, content, timestamp${hasClientId ? ', client_id' : ''}) VALUES (?, ?, ?, ?, ?, ?${hasClientId ? ', ?' : ''})`,
    );
    const exists = db.prepare('SELECT 1 FROM users WHERE id = ?');
    const row = () => [a, b, Math.min(a, b), Math.max(a, b), content, Date.now(), ...(hasClientId ? [randomUUID()] : [])];
    t0 = performance.now();
    for (let i = 0; i < cfg.n; i++) insert.run(...row());
    out.raw_per_s = round((cfg.n * 1000) / (performance.now() - t0), 0);
    t0 = performance.now();
    for (let i = 0; i < cfg.n; i++) {
      exists.get(b);
      insert.run(...row());
    }
    out.raw_with_receiver_check_per_s = round((cfg.n * 1000) / (performance.now() - t0), 0);
    // Group commit: the same single-row inserts, 100 to a transaction (what a batching writer would do).
    const batch = db.transaction((k) => {
      for (let i = 0; i < k; i++) {
        exists.get(b);
        insert.run(...row());
      }
    });
    t0 = performance.now();
    for (let i = 0; i < cfg.n; i += 100) batch(Math.min(100, cfg.n - i));
    out.raw_group_commit_100_per_s = round((cfg.n * 1000) / (performance.now() - t0), 0);
    db.close();
    out.orm_vs_raw_ratio = round(out.orm_per_s / out.raw_with_receiver_check_per_s, 3);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return out;
}

/**
 * Issue 16: a group send that replies and mentions someone against a plain group send, in a group
 * of six, through MessageService alone (no socket). Short passes alternate and the figure is the
 * median CPU time per send of this process, which a shared machine disturbs less than wall time.
 */
async function richSends({ messages, groups }, [creator, ...others], n) {
  const group = await groups.create(creator, { name: 'bench', member_ids: others });
  const plain = { group_id: group.id, message_content: 'x'.repeat(100) };
  const { message: original } = await messages.send(creator, plain);
  // insertUsers names people 'bu<i>'; the second member is mentioned.
  const rich = { group_id: group.id, reply_to_id: original.id, message_content: `@bu2 ${'x'.repeat(95)}` };
  const check = await messages.send(creator, rich);
  if (check.message.mentions.length !== 1 || check.message.reply_to?.id !== original.id) throw new Error('rich send did not reply and mention');
  for (let i = 0; i < 200; i++) await messages.send(creator, plain);
  const perPass = Math.max(50, Math.floor(n / 5));
  const cpuPerSend = async (input) => {
    const before = process.cpuUsage();
    for (let i = 0; i < perPass; i++) await messages.send(creator, input);
    const used = process.cpuUsage(before);
    return (used.user + used.system) / perPass;
  };
  const plainUs = [];
  const richUs = [];
  for (let pass = 0; pass < 10; pass++) {
    plainUs.push(await cpuPerSend(plain));
    richUs.push(await cpuPerSend(rich));
  }
  const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
  return {
    group_plain_cpu_us: round(median(plainUs), 0),
    group_reply_mention_cpu_us: round(median(richUs), 0),
    // Cost of a reply with a mention relative to a plain group send (1.10 = 10% more CPU per send).
    reply_mention_cost_ratio: round(median(richUs) / median(plainUs), 3),
  };
}
