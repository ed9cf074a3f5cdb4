// A load-generating process: holds socket.io-client connections and runs latency / throughput loads,
// driven by the bench orchestrator over IPC. Senders and their receivers live in the same worker, so
// one monotonic clock times each message from `message:send` to the receiver's `message:new`.
import { performance } from 'node:perf_hooks';
import { requireRoot } from './lib/util.mjs';

const { io } = requireRoot('socket.io-client');

/** uid -> socket; one socket per user in these loads. */
const sockets = new Map();
let onNew = null; // current load's handler for message:new

function connectOne(url, client, timeoutMs) {
  return new Promise((resolve) => {
    const socket = io(url, {
      transports: ['websocket'],
      auth: { token: client.token, uid: client.uid },
      reconnection: false,
      forceNew: true,
      timeout: timeoutMs,
    });
    const done = (error) => {
      socket.off('connect');
      socket.off('connect_error');
      if (error) {
        socket.close();
        resolve(error.message ?? String(error));
      } else {
        sockets.set(client.uid, socket);
        resolve(null);
      }
    };
    socket.on('message:new', (message) => onNew?.(client.uid, message));
    socket.once('connect', () => done(null));
    socket.once('connect_error', (error) => done(error));
  });
}

async function connect({ url, clients, concurrency = 100, timeoutMs = 20000 }) {
  const started = performance.now();
  let next = 0;
  let failed = 0;
  const errors = new Map();
  const lane = async () => {
    while (next < clients.length) {
      const client = clients[next++];
      const error = await connectOne(url, client, timeoutMs);
      if (error) {
        failed++;
        errors.set(error, (errors.get(error) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, clients.length) }, lane));
  return { connected: clients.length - failed, failed, ms: performance.now() - started, errors: Object.fromEntries(errors) };
}

function disconnectAll() {
  for (const socket of sockets.values()) socket.close();
  sockets.clear();
  onNew = null;
  return { ok: true };
}

const pad = (prefix, size) => (prefix.length >= size ? prefix : prefix + 'x'.repeat(size - prefix.length));
const keyOf = (content) => content.slice(0, content.indexOf(':', content.indexOf(':') + 1));

/** Shared bookkeeping: send times, latencies at the receiver, acks, echoes to the sender. */
function tracker() {
  const state = {
    sent: 0,
    acked: 0,
    ackErrors: 0,
    delivered: 0,
    echoes: 0,
    unexpected: 0,
    latencies: [],
    pending: new Map(),
    errorSamples: new Set(),
  };
  onNew = (uid, message) => {
    if (uid === message.sender_id) {
      state.echoes++;
      return;
    }
    const key = keyOf(message.message_content);
    const entry = state.pending.get(key);
    if (!entry || uid !== message.receiver_id) {
      state.unexpected++;
      return;
    }
    state.pending.delete(key);
    state.delivered++;
    const latency = performance.now() - entry.t;
    state.latencies.push(latency);
    entry.onDelivered?.(latency);
  };
  state.send = (senderUid, receiverUid, seq, size, onDelivered) => {
    const socket = sockets.get(senderUid);
    const key = `${senderUid}:${seq}`;
    state.pending.set(key, { t: performance.now(), onDelivered });
    state.sent++;
    socket.emit('message:send', { receiver_id: receiverUid, message_content: pad(`${key}:`, size) }, (reply) => {
      if (reply?.message) state.acked++;
      else {
        state.ackErrors++;
        if (state.errorSamples.size < 5) state.errorSamples.add(JSON.stringify(reply));
      }
    });
  };
  state.drain = async (drainMs) => {
    const until = performance.now() + drainMs;
    while ((state.pending.size > 0 || state.acked + state.ackErrors < state.sent) && performance.now() < until) {
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  state.result = (extra) => ({
    sent: state.sent,
    acked: state.acked,
    ack_errors: state.ackErrors,
    delivered: state.delivered,
    echoes: state.echoes,
    unexpected: state.unexpected,
    lost: state.pending.size,
    error_samples: [...state.errorSamples],
    latencies: state.latencies,
    ...extra,
  });
  return state;
}

/** Open loop: every sender sends `ratePerSender` messages/s on its own schedule for durationMs. */
async function latency({ pairs, ratePerSender, durationMs, size = 100, drainMs = 10000 }) {
  const state = tracker();
  const interval = 1000 / ratePerSender;
  const start = performance.now() + 50;
  const end = start + durationMs;
  const timers = new Set();
  let lateSends = 0;
  await new Promise((resolveAll) => {
    let running = pairs.length;
    for (const [senderUid, receiverUid] of pairs) {
      let k = 0;
      const phase = Math.random() * interval;
      const tick = () => {
        const due = start + phase + k * interval;
        if (due >= end) {
          if (--running === 0) resolveAll();
          return;
        }
        const now = performance.now();
        if (now - due > interval) lateSends++;
        state.send(senderUid, receiverUid, k, size);
        k++;
        const t = setTimeout(tick, Math.max(0, start + phase + k * interval - performance.now()));
        timers.add(t);
      };
      timers.add(setTimeout(tick, Math.max(0, start + phase - performance.now())));
    }
  });
  await state.drain(drainMs);
  const result = state.result({ offered_rate: pairs.length * ratePerSender, duration_ms: durationMs, late_sends: lateSends });
  onNew = null;
  return result;
}

/** Closed loop: each sender keeps `window` messages in flight; counts deliveries in the measured window. */
async function throughput({ pairs, window = 8, warmupMs = 1000, durationMs = 5000, size = 100, drainMs = 15000 }) {
  const state = tracker();
  let running = true;
  let measuring = false;
  let inWindow = 0;
  const windowLatencies = [];
  const seqs = new Map();
  const sendNext = (senderUid, receiverUid) => {
    const seq = (seqs.get(senderUid) ?? 0) + 1;
    seqs.set(senderUid, seq);
    state.send(senderUid, receiverUid, seq, size, (lat) => {
      if (measuring) {
        inWindow++;
        windowLatencies.push(lat);
      }
      if (running) sendNext(senderUid, receiverUid);
    });
  };
  for (const [s, r] of pairs) for (let i = 0; i < window; i++) sendNext(s, r);
  await new Promise((r) => setTimeout(r, warmupMs));
  measuring = true;
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, durationMs));
  measuring = false;
  const elapsed = performance.now() - t0;
  running = false;
  await state.drain(drainMs);
  const result = state.result({ window, in_window: inWindow, elapsed_ms: elapsed, rate: (inWindow * 1000) / elapsed });
  result.latencies = windowLatencies;
  onNew = null;
  return result;
}

const commands = {
  connect,
  latency,
  throughput,
  disconnect: disconnectAll,
  count: () => ({ sockets: sockets.size }),
  mem: () => process.memoryUsage(),
  exit: () => {
    disconnectAll();
    setTimeout(() => process.exit(0), 50);
    return { ok: true };
  },
};

process.on('message', async ({ id, cmd, args }) => {
  try {
    const result = await commands[cmd](args);
    process.send({ id, result });
  } catch (error) {
    process.send({ id, error: error?.stack ?? String(error) });
  }
});
process.on('disconnect', () => process.exit(0));
