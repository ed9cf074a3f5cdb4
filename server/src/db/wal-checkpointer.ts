import { Worker } from "node:worker_threads";

/**
 * Runs SQLite's WAL checkpoints on a worker thread. better-sqlite3 is synchronous, so the automatic
 * checkpoint (copying the WAL into the database and syncing it, every ~1000 pages) would otherwise
 * stall the event loop in whichever commit crossed the threshold: measured as the main source of
 * p99 write latency. PASSIVE checkpoints never block readers or writers.
 */
export class WalCheckpointer {
  private constructor(private readonly worker: Worker) {}

  static start(file: string, intervalMs: number, log: (error: unknown) => void): WalCheckpointer {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file, intervalMs, driver: require.resolve("better-sqlite3") },
    });
    worker.on("message", (message: { error?: string }) => message.error && log(new Error(`WAL checkpoint: ${message.error}`)));
    worker.on("error", log);
    worker.unref();
    return new WalCheckpointer(worker);
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}

// Plain CommonJS: an eval'd worker cannot load the TypeScript sources tests run from.
const WORKER_SOURCE = `
const { workerData, parentPort } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true, timeout: 5000 });
setInterval(() => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
}, workerData.intervalMs);
`;
