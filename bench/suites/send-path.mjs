// Issue 16: what a reply with a mention costs on the whole send path, against a plain send: a real
// server process (SQLite), six group members connected by Socket.IO, the sender emitting
// `message:send` and waiting for each acknowledgement, every other member receiving `message:new`.
// The figure is the server process's own CPU time per send (utime + stime from /proc), which a
// shared machine disturbs far less than wall time; wall time is reported beside it.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startServer } from '../lib/procs.mjs';
import { migrate, insertUsers, mintTokens } from '../lib/db.mjs';
import { requireRoot, round, tmpDir } from '../lib/util.mjs';

const { io } = requireRoot('socket.io-client');
const CLOCK_TICK_US = 10_000; // USER_HZ is 100 on Linux

function serverCpuUs(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_US;
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

function connect(url, token) {
  return new Promise((resolve, reject) => {
    const socket = io(url, { transports: ['websocket'], auth: { token }, reconnection: false, forceNew: true });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

export async function sendPath({ n, passes }) {
  const dataDir = tmpDir('send-path');
  const dbFile = path.join(dataDir, 'chat.sqlite');
  const jwtSecret = randomBytes(32).toString('hex');
  migrate(dbFile, dataDir, jwtSecret);
  const uids = insertUsers(dbFile, 6);
  const server = await startServer({ dbFile, dataDir, jwtSecret, env: { LINK_PREVIEWS: 'false' } });
  const sockets = [];
  try {
    const tokens = mintTokens(dbFile, jwtSecret, uids);
    const created = await fetch(`${server.url}/api/groups`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[0]}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'bench', member_ids: uids.slice(1) }),
    });
    const { group } = await created.json();
    for (const token of tokens) sockets.push(await connect(server.url, token));
    let delivered = 0;
    for (const socket of sockets.slice(1)) socket.on('message:new', () => delivered++);
    const send = (input) =>
      new Promise((resolve, reject) =>
        sockets[0].emit('message:send', input, (reply) => (reply?.message ? resolve(reply.message) : reject(new Error(JSON.stringify(reply))))),
      );
    const plain = { group_id: group.id, message_content: 'x'.repeat(100) };
    const original = await send(plain);
    // insertUsers names people 'bu<i>': the second member is mentioned.
    const rich = { group_id: group.id, reply_to_id: original.id, message_content: `@bu2 ${'x'.repeat(95)}` };
    const check = await send(rich);
    if (check.mentions.length !== 1 || check.reply_to?.id !== original.id) throw new Error('rich send did not reply and mention');
    for (let i = 0; i < Math.min(500, n); i++) await send(plain);
    const cpu = { plain: [], rich: [] };
    const wall = { plain: [], rich: [] };
    // Short passes, alternating, so a noisy moment of the machine lands on both sides alike.
    for (let pass = 0; pass < passes; pass++) {
      for (const [kind, input] of [
        ['plain', plain],
        ['rich', rich],
      ]) {
        const cpu0 = serverCpuUs(server.pid);
        const t0 = performance.now();
        for (let i = 0; i < n; i++) await send(input);
        wall[kind].push(((performance.now() - t0) * 1000) / n);
        cpu[kind].push((serverCpuUs(server.pid) - cpu0) / n);
      }
    }
    const expected = (sockets.length - 1) * (2 + Math.min(500, n) + 2 * n * passes);
    const deadline = Date.now() + 5000;
    while (delivered < expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    return {
      n,
      passes,
      members: sockets.length,
      delivered_all: delivered === expected,
      plain_server_cpu_us: round(median(cpu.plain), 0),
      reply_mention_server_cpu_us: round(median(cpu.rich), 0),
      // 1.10 = a reply with a mention takes 10% more of the server's CPU than a plain send.
      cost_ratio: round(median(cpu.rich) / median(cpu.plain), 3),
      plain_wall_us: round(median(wall.plain), 0),
      reply_mention_wall_us: round(median(wall.rich), 0),
      wall_ratio: round(median(wall.rich) / median(wall.plain), 3),
    };
  } finally {
    for (const socket of sockets) socket.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
