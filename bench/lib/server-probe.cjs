// Preloaded (`node -r`) into the measured server process: answers the bench's memory probes over the
// IPC channel after a full GC. It changes nothing in the server; without a parent channel it does nothing.
if (typeof process.send === 'function') {
  // Event-loop delay of the measured process: how long a ready callback waited (GC, sync I/O, long tasks).
  const { monitorEventLoopDelay } = require('node:perf_hooks');
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  process.on('message', (msg) => {
    if (msg && msg.type === 'eld') {
      const ms = (ns) => Math.round(ns / 1e4) / 100;
      process.send({ type: 'eld', id: msg.id, p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) });
      delay.reset();
      return;
    }
    if (!msg || msg.type !== 'mem') return;
    if (typeof global.gc === 'function') {
      global.gc();
      global.gc();
    }
    const mu = process.memoryUsage();
    process.send({
      type: 'mem',
      id: msg.id,
      rss: mu.rss,
      heapUsed: mu.heapUsed,
      heapTotal: mu.heapTotal,
      external: mu.external,
      arrayBuffers: mu.arrayBuffers,
    });
  });
  // Never keep the server alive because of the bench's channel.
  process.channel?.unref();
}
