// Items 1-3: delivery latency, throughput (zero loss checked) and memory per idle authenticated socket,
// the real server (own process) side by side with the bare relay (own process); load from worker processes.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, startRelay, Worker } from '../lib/procs.mjs';
import { migrate, insertUsers, mintTokens, countMessages } from '../lib/db.mjs';
import { summarize, round, tmpDir, sleep, log } from '../lib/util.mjs';

const pick = (s) => ({ p50: round(s.p50), p95: round(s.p95), p99: round(s.p99), max: round(s.max), n: s.n });

function pairsOf(uids) {
  const pairs = [];
  for (let i = 0; i + 1 < uids.length; i += 2) pairs.push([uids[i], uids[i + 1]]);
  return pairs;
}

async function setup(userCount) {
  const dataDir = tmpDir('sockets');
  const dbFile = path.join(dataDir, 'chat.sqlite');
  const jwtSecret = randomBytes(32).toString('hex');
  migrate(dbFile, dataDir, jwtSecret);
  const uids = insertUsers(dbFile, userCount);
  const tokens = mintTokens(dbFile, jwtSecret, uids);
  const clients = uids.map((uid, i) => ({ uid, token: tokens[i] }));
  return { dataDir, dbFile, jwtSecret, clients };
}

/** Splits clients across workers so each pair stays within one worker. */
function split(list, parts) {
  const out = Array.from({ length: parts }, () => []);
  list.forEach((item, i) => out[i % parts].push(item));
  return out;
}

async function connectAll(workers, url, clients) {
  const byWorker = split(pairsOf(clients), workers.length).map((pairs) => pairs.flat());
  const results = await Promise.all(workers.map((w, i) => w.call('connect', { url, clients: byWorker[i], concurrency: 50 })));
  const failed = results.reduce((n, r) => n + r.failed, 0);
  if (failed > 0) throw new Error(`${failed} sockets failed to connect: ${JSON.stringify(results.map((r) => r.errors))}`);
  return byWorker.map((list) => pairsOf(list.map((c) => c.uid)));
}

/** Merges latency slices: counts add up, latencies pool, event-loop delay keeps the worst slice. */
function combine(parts) {
  if (parts.length === 1) return parts[0];
  const all = { ...parts[0], error_samples: [] };
  for (const k of ['sent', 'acked', 'ack_errors', 'delivered', 'echoes', 'lost', 'unexpected', 'late_sends'])
    all[k] = parts.reduce((x, p) => x + (p[k] ?? 0), 0);
  all.error_samples = parts.flatMap((p) => p.error_samples);
  all.latency = summarize(parts.flatMap((p) => p.latencyValues));
  all.event_loop_ms = {
    p50: Math.max(...parts.map((p) => p.event_loop_ms.p50)),
    p99: Math.max(...parts.map((p) => p.event_loop_ms.p99)),
    max: Math.max(...parts.map((p) => p.event_loop_ms.max)),
  };
  all.rss_mb = parts.at(-1).rss_mb;
  return all;
}

function merge(results) {
  const all = { sent: 0, acked: 0, ack_errors: 0, delivered: 0, echoes: 0, lost: 0, unexpected: 0, rate: 0, late_sends: 0, error_samples: [] };
  const latencies = [];
  for (const r of results) {
    for (const k of ['sent', 'acked', 'ack_errors', 'delivered', 'echoes', 'lost', 'unexpected', 'late_sends']) all[k] += r[k] ?? 0;
    all.rate += r.rate ?? 0;
    all.error_samples.push(...r.error_samples);
    for (const v of r.latencies) latencies.push(v);
  }
  all.latency = summarize(latencies);
  all.latencyValues = latencies;
  return all;
}

async function runLatency(workers, target, clients, cfg) {
  const pairsByWorker = await connectAll(workers, target.url, clients);
  await sleep(300);
  await target.eld();
  const results = await Promise.all(
    workers.map((w, i) =>
      w.call('latency', { pairs: pairsByWorker[i], ratePerSender: cfg.ratePerSender, durationMs: cfg.durationMs, size: cfg.size }),
    ),
  );
  const loop = await target.eld();
  const rssMb = round(target.rssNow() / 2 ** 20, 1);
  await Promise.all(workers.map((w) => w.call('disconnect')));
  await sleep(300);
  return { ...merge(results), event_loop_ms: loop, rss_mb: rssMb };
}

async function runThroughput(workers, target, clients, cfg) {
  const pairsByWorker = await connectAll(workers, target.url, clients);
  await sleep(300);
  await target.eld();
  const results = await Promise.all(
    workers.map((w, i) =>
      w.call('throughput', { pairs: pairsByWorker[i], window: cfg.window, warmupMs: cfg.warmupMs, durationMs: cfg.durationMs, size: cfg.size }),
    ),
  );
  const loop = await target.eld();
  const rssMb = round(target.rssNow() / 2 ** 20, 1);
  await Promise.all(workers.map((w) => w.call('disconnect')));
  await sleep(300);
  return { ...merge(results), event_loop_ms: loop, rss_mb: rssMb };
}

export async function latencyAndThroughput(cfg) {
  const maxClients = Math.max(...cfg.latencyClients, cfg.throughputClients);
  const env = await setup(maxClients);
  const server = await startServer({ ...env, fdNeed: maxClients + 512 });
  const relay = await startRelay({ fdNeed: maxClients + 512 });
  const workers = Array.from({ length: cfg.workers }, (_, i) => new Worker(`load-${i}`, maxClients + 512));
  const out = { latency: [], throughput: [] };
  try {
    for (const n of cfg.latencyClients) {
      const clients = env.clients.slice(0, n);
      // Alternating slices (chat, relay, chat, relay…) so that noise from other work on a shared machine
      // falls on both sides alike; the slices of each side are merged.
      const rounds = cfg.latency.rounds ?? 1;
      const slice = { ...cfg.latency, durationMs: Math.round(cfg.latency.durationMs / rounds) };
      const chatParts = [];
      const bareParts = [];
      for (let k = 0; k < rounds; k++) {
        log(`latency: ${n} clients on the chat server (slice ${k + 1}/${rounds})`);
        chatParts.push(await runLatency(workers, server, clients, slice));
        log(`latency: ${n} clients on the bare relay (slice ${k + 1}/${rounds})`);
        bareParts.push(await runLatency(workers, relay, clients, slice));
      }
      const chat = combine(chatParts);
      const bare = combine(bareParts);
      out.latency.push({
        clients: n,
        rate_per_sender: cfg.latency.ratePerSender,
        offered_msgs_per_s: (n / 2) * cfg.latency.ratePerSender,
        duration_s: cfg.latency.durationMs / 1000,
        chat: describe(chat),
        relay: describe(bare),
      });
    }
    const clients = env.clients.slice(0, cfg.throughputClients);
    const before = countMessages(env.dbFile);
    log(`throughput: ${clients.length} clients, window ${cfg.throughput.window}, chat server`);
    const chat = await runThroughput(workers, server, clients, cfg.throughput);
    await sleep(200);
    const persisted = countMessages(env.dbFile) - before;
    log(`throughput: bare relay`);
    const bare = await runThroughput(workers, relay, clients, cfg.throughput);
    out.throughput.push({
      clients: clients.length,
      window: cfg.throughput.window,
      duration_s: cfg.throughput.durationMs / 1000,
      chat: { ...describe(chat), rate: round(chat.rate, 0), persisted, persisted_matches_acked: persisted === chat.acked },
      relay: { ...describe(bare), rate: round(bare.rate, 0) },
    });
    out.server_stderr = server.stderr?.slice(-2000) ?? '';
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await server.stop();
    await relay.stop();
    fs.rmSync(env.dataDir, { recursive: true, force: true });
  }
  return out;
}

function describe(r) {
  return {
    sent: r.sent,
    acked: r.acked,
    ack_errors: r.ack_errors,
    delivered: r.delivered,
    echoes: r.echoes,
    lost: r.lost,
    late_sends: r.late_sends,
    error_samples: r.error_samples.slice(0, 3),
    latency_ms: pick(r.latency),
    event_loop_ms: r.event_loop_ms,
    rss_mb: r.rss_mb,
  };
}

/** Item 3: RSS of a fresh server process with N idle authenticated sockets, from 2 load processes. */
export async function memory(cfg) {
  const max = Math.max(...cfg.steps);
  const env = await setup(max);
  const server = await startServer({ ...env, fdNeed: max + 1024 });
  const workers = Array.from({ length: cfg.workers }, (_, i) => new Worker(`conn-${i}`, Math.ceil(max / cfg.workers) + 1024));
  const rows = [];
  try {
    // Warm the code paths (auth, rooms) so the baseline holds the loaded code, not just an idle process.
    const warm = env.clients.slice(0, 20);
    await connectAll(workers, server.url, warm);
    await Promise.all(workers.map((w) => w.call('disconnect')));
    await sleep(1000);
    const base = await server.mem();
    let connected = 0;
    for (const n of cfg.steps) {
      const batch = env.clients.slice(connected, n);
      const t0 = Date.now();
      await connectAll(workers, server.url, batch);
      connected = n;
      const connectMs = Date.now() - t0;
      await sleep(cfg.settleMs);
      const m = await server.mem();
      const counts = await Promise.all(workers.map((w) => w.call('count')));
      const open = counts.reduce((s, c) => s + c.sockets, 0);
      rows.push({
        sockets: n,
        open_client_sockets: open,
        connect_ms: connectMs,
        connects_per_s: round((batch.length * 1000) / connectMs, 0),
        rss_mb: round(m.rss / 2 ** 20, 1),
        heap_used_mb: round(m.heapUsed / 2 ** 20, 1),
        base_rss_mb: round(base.rss / 2 ** 20, 1),
        per_connection_kb: round((m.rss - base.rss) / n / 1024, 1),
        heap_per_connection_kb: round((m.heapUsed - base.heapUsed) / n / 1024, 1),
      });
      log(`memory: ${n} sockets, RSS ${rows.at(-1).rss_mb} MB, ${rows.at(-1).per_connection_kb} KB/conn`);
    }
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await server.stop();
    fs.rmSync(env.dataDir, { recursive: true, force: true });
  }
  return { workers: cfg.workers, rows };
}

/** Runs the chat server under --cpu-prof during a throughput load; returns the .cpuprofile path. */
export async function profileThroughput(cfg, profDir) {
  const env = await setup(cfg.throughputClients);
  const server = await startServer({ ...env, cpuProfDir: profDir, fdNeed: cfg.throughputClients + 512 });
  const workers = Array.from({ length: cfg.workers }, (_, i) => new Worker(`prof-${i}`));
  let result;
  try {
    result = await runThroughput(workers, server, env.clients, cfg.throughput);
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await server.stop();
    fs.rmSync(env.dataDir, { recursive: true, force: true });
  }
  const file = fs
    .readdirSync(profDir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => path.join(profDir, f))[0];
  return { file, rate: round(result.rate, 0) };
}
