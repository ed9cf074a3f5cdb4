// Preloaded (`node -r`) into the measured server process: answers the bench's memory probes over the
// IPC channel after a full GC. It changes nothing in the server; without a parent channel it does nothing.
if (typeof process.send === 'function') {
  process.on('message', (msg) => {
    if (!msg || msg.type !== 'mem') return;
    if (typeof global.gc === 'function') {
      global.gc();
      global.gc();
    }
    const mu = process.memoryUsage();
    process.send({ type: 'mem', id: msg.id, rss: mu.rss, heapUsed: mu.heapUsed, heapTotal: mu.heapTotal, external: mu.external, arrayBuffers: mu.arrayBuffers });
  });
  // Never keep the server alive because of the bench's channel.
  process.channel?.unref();
}
