// Issue 17: a 1:1 video call's set-up time, invite (the caller's click) → first remote video frame
// decoded, p50/p95 over `calls` calls between two Chromium pages with fake devices. Everything runs
// inside a private network namespace (unshare -rn: loopback only), as the call tests do, so the
// numbers are loopback's: no TURN, no real network. See call-setup-driver.mjs.
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM, ROOT, round, summarize } from '../lib/util.mjs';

const DRIVER = path.join(ROOT, 'bench', 'suites', 'call-setup-driver.mjs');

export async function callSetup(cfg) {
  if (!fs.existsSync(CHROMIUM)) return { skipped: true, reason: `${CHROMIUM} not found (apt-get install -y chromium)` };
  if (!fs.existsSync(path.join(ROOT, 'app', 'dist', 'index.html'))) return { skipped: true, reason: 'app/dist missing (npm run build)' };
  const probe = spawnSync('unshare', ['-rn', 'sh', '-c', 'ip link set lo up'], { encoding: 'utf8' });
  if (probe.status !== 0) return { skipped: true, reason: `no private network namespace here (unshare -rn: ${probe.stderr.trim()})` };
  const { stdout } = await promisify(execFile)(
    'unshare',
    ['-rn', 'sh', '-c', 'ip link set lo up && exec "$0" "$@"', process.execPath, DRIVER, String(cfg.calls)],
    { cwd: ROOT, timeout: 60_000 + cfg.calls * 15_000, maxBuffer: 8 * 1024 * 1024 },
  );
  const { samples } = JSON.parse(stdout.trim().split('\n').pop());
  const stats = summarize(samples);
  return {
    calls: samples.length,
    call_setup_p50_ms: round(stats.p50, 0),
    call_setup_p95_ms: round(stats.p95, 0),
    call_setup_max_ms: round(stats.max, 0),
    samples_ms: samples.map((ms) => round(ms, 0)),
  };
}
