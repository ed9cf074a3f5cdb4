// Shared helpers for the benchmark suite: paths, server-side packages, statistics, machine facts.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import os from 'node:os';
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SERVER_DIR = path.join(ROOT, 'server');
export const SERVER_DIST = path.join(SERVER_DIR, 'dist');

/** Resolves packages the way the server does (socket.io, better-sqlite3, jsonwebtoken, typeorm...). */
export const requireServer = createRequire(path.join(SERVER_DIR, 'package.json'));
export const requireRoot = createRequire(path.join(ROOT, 'package.json'));

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

/** p50/p95/p99/max/mean of an array of numbers (ms). */
export function summarize(values) {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return { n: 0, p50: null, p95: null, p99: null, max: null, mean: null };
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1],
    mean: sum / sorted.length,
  };
}

export const round = (v, digits = 2) => (v === null || v === undefined || Number.isNaN(v) ? null : Number(v.toFixed(digits)));

export function machine() {
  const cpus = os.cpus();
  const nofile = spawnSync('bash', ['-c', 'ulimit -Sn; ulimit -Hn'], { encoding: 'utf8' }).stdout.trim().split('\n');
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    ram_gb: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    nofile_soft: Number(nofile[0]),
    nofile_hard: Number(nofile[1]),
  };
}

export function tmpDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `chat-bench-${prefix}-`));
}

export function log(...args) {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${args.join(' ')}\n`);
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Headless Debian Chromium on a machine whose network is closed (no background requests). */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
