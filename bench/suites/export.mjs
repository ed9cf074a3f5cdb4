// Issue 19: `GET /api/me/export` of one person's whole history (`messages` of theirs, sent and
// received, in 10 conversations), over REST against the real server process on SQLite. The export
// is streamed page by page, so the server's memory should not grow with the history: its RSS is
// read by the kernel (/proc, no GC forced) every 10 ms while the file downloads, against its RSS
// at rest just before.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { insertMessages, insertUsers, migrate, mintTokens } from '../lib/db.mjs';
import { startServer } from '../lib/procs.mjs';
import { log, round, tmpDir } from '../lib/util.mjs';

const PARTNERS = 10;
const MB = 2 ** 20;

export async function exportBench({ messages }) {
  const dataDir = tmpDir('export');
  const dbFile = path.join(dataDir, 'chat.sqlite');
  const jwtSecret = randomBytes(32).toString('hex');
  migrate(dbFile, dataDir, jwtSecret);
  const [hub, ...partners] = insertUsers(dbFile, 1 + PARTNERS);
  insertMessages(
    dbFile,
    partners.map((partner) => [hub, partner]),
    messages,
  );
  const [token] = mintTokens(dbFile, jwtSecret, [hub]);
  const server = await startServer({ dataDir, dbFile, jwtSecret });
  try {
    // The first request warms the process (code paths, statement cache); the export limit allows one a minute.
    const probe = await fetch(`${server.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    if (probe.status !== 200) throw new Error(`GET /api/me: ${probe.status}`);
    await probe.arrayBuffer();
    const restRss = server.rssNow();
    let peakRss = restRss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, server.rssNow());
    }, 10);
    const t0 = performance.now();
    let firstByteMs = null;
    const chunks = [];
    let bytes = 0;
    try {
      const res = await fetch(`${server.url}/api/me/export`, { headers: { authorization: `Bearer ${token}` } });
      if (res.status !== 200) throw new Error(`GET /api/me/export: ${res.status} ${await res.text()}`);
      for await (const chunk of res.body) {
        firstByteMs ??= performance.now() - t0;
        chunks.push(chunk);
        bytes += chunk.length;
      }
    } finally {
      clearInterval(sampler);
    }
    const totalMs = performance.now() - t0;
    peakRss = Math.max(peakRss, server.rssNow());
    const document = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (document.messages.length !== messages) throw new Error(`export holds ${document.messages.length} messages, expected ${messages}`);
    log(`export: ${messages} messages, ${round(bytes / MB, 1)} MB in ${Math.round(totalMs)} ms`);
    return {
      messages,
      conversations: PARTNERS,
      file_mb: round(bytes / MB, 1),
      first_byte_ms: round(firstByteMs, 1),
      total_ms: Math.round(totalMs),
      messages_per_s: Math.round(messages / (totalMs / 1000)),
      server_rss_rest_mb: round(restRss / MB, 1),
      server_rss_peak_mb: round(peakRss / MB, 1),
      server_rss_growth_mb: round((peakRss - restRss) / MB, 1),
    };
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
