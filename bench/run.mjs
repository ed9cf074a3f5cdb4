#!/usr/bin/env node
// `npm run bench` (full, < 15 min) / `npm run bench -- --quick` (< 2 min) / `--tiny` (smoke test).
// Builds what it needs, runs each measurement against real processes, writes docs/benchmarks.{md,json}.
// Options: --quick, --tiny, --out <dir> (default docs/; with --only, a temporary folder), --only latency,memory,history,writes,send_path,sessions,blocks,export,calls,attachments,sizes,ui,lighthouse,profile
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { ROOT, machine, log, round, tmpDir } from './lib/util.mjs';
import { writeReport } from './report.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const mode = flag('tiny') ? 'tiny' : flag('quick') ? 'quick' : 'full';
const only = option('only')?.split(',');
// A partial run (--only) never replaces the committed report by default, and keeps its raw results
// apart from a full run's, so re-rendering the full report cannot pick up an experiment by mistake.
const outDir = path.resolve(option('out') ?? (only ? path.join(os.tmpdir(), 'chat-bench-partial') : path.join(ROOT, 'docs')));
const wanted = (name) => !only || only.includes(name);

const CONFIGS = {
  full: {
    sockets: {
      latencyClients: [100, 1000],
      throughputClients: 1000,
      workers: 2,
      latency: { ratePerSender: 2, durationMs: 20000, size: 100, rounds: 4 },
      throughput: { window: 2, warmupMs: 2000, durationMs: 10000, size: 100 },
    },
    memory: { steps: [1000, 10000], workers: 2, settleMs: 3000 },
    history: { conversations: 1000, messages: 1_000_000, requests: 1000, listRequests: 30 },
    writes: { n: 20000 },
    send_path: { n: 1000, passes: 10 },
    sessions: { n: 20000, passes: 10, requests: 5000 },
    blocks: { n: 20000, passes: 10 },
    export: { messages: 100_000 },
    calls: { calls: 20 },
    attachments: { fileMb: 20, concurrent: 10, rounds: 3, photo: [4000, 3000], thumbRuns: 5 },
    profile: true,
    ui: { messages: 10000, conversations: 5000 },
  },
  quick: {
    sockets: {
      latencyClients: [100, 1000],
      throughputClients: 1000,
      workers: 2,
      latency: { ratePerSender: 2, durationMs: 4000, size: 100, rounds: 2 },
      throughput: { window: 2, warmupMs: 1000, durationMs: 3000, size: 100 },
    },
    memory: { steps: [1000], workers: 2, settleMs: 1500 },
    history: { conversations: 1000, messages: 1_000_000, requests: 200, listRequests: 5 },
    writes: { n: 5000 },
    send_path: { n: 500, passes: 6 },
    sessions: { n: 10000, passes: 6, requests: 2000 },
    blocks: { n: 10000, passes: 6 },
    export: { messages: 100_000 },
    calls: { calls: 10 },
    attachments: { fileMb: 20, concurrent: 10, rounds: 1, photo: [4000, 3000], thumbRuns: 2 },
    profile: false,
    ui: { messages: 10000, conversations: 5000 },
  },
  tiny: {
    sockets: {
      latencyClients: [10],
      throughputClients: 10,
      workers: 1,
      latency: { ratePerSender: 5, durationMs: 1000, size: 100 },
      throughput: { window: 2, warmupMs: 200, durationMs: 800, size: 100 },
    },
    memory: { steps: [40], workers: 2, settleMs: 200 },
    history: { conversations: 100, messages: 20000, requests: 20, listRequests: 2 },
    writes: { n: 300 },
    send_path: { n: 50, passes: 2 },
    sessions: { n: 200, passes: 2, requests: 50 },
    blocks: { n: 200, passes: 2 },
    export: { messages: 2000 },
    calls: { calls: 2 },
    attachments: { fileMb: 2, concurrent: 3, rounds: 1, photo: [800, 600], thumbRuns: 1 },
    profile: false,
    ui: null,
  },
};
const cfg = CONFIGS[mode];

function build(workspace, required) {
  const t = performance.now();
  const r = spawnSync('npm', ['run', 'build', '-w', workspace, '--if-present'], { cwd: ROOT, encoding: 'utf8' });
  const ms = Math.round(performance.now() - t);
  if (r.status !== 0) {
    const tail = `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-15).join('\n');
    if (required) throw new Error(`npm run build -w ${workspace} failed:\n${tail}`);
    log(`build of ${workspace} failed (measures that need it will be null)`);
    return { ok: false, ms, error: tail };
  }
  log(`built ${workspace} in ${ms} ms`);
  return { ok: true, ms };
}

async function main() {
  // --render <raw.json>: re-write the report from a saved run (e.g. after editing bench/FINDINGS.md).
  if (option('render')) {
    const saved = JSON.parse(fs.readFileSync(option('render'), 'utf8'));
    const { md, json } = writeReport(saved.results, saved.cfg, outDir);
    log(`re-rendered ${md} and ${json}`);
    return;
  }
  const started = performance.now();
  const commit = process.env.BENCH_COMMIT ?? spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim();
  const dirty = process.env.BENCH_COMMIT
    ? ''
    : spawnSync('git', ['status', '--porcelain', 'server', 'ui-kit', 'app'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim()
      ? ' + uncommitted changes'
      : '';
  const results = {
    mode,
    commit: commit ? `${commit}${dirty}` : 'unknown',
    machine: machine(),
    date: new Date().toISOString(),
    command: `npm run bench${mode === 'full' ? '' : ` -- --${mode}`}`,
    builds: {},
    timings_s: {},
    errors: {},
    loadavg_start: os.loadavg().map((x) => round(x, 2)),
  };
  if (!flag('no-build')) {
    results.builds.server = build('server', true);
    if (wanted('sizes') || wanted('ui') || wanted('lighthouse')) {
      results.builds['ui-kit'] = build('ui-kit', false);
      results.builds.app = build('app', false);
    }
  }
  const step = async (name, fn) => {
    if (!wanted(name)) return;
    const t = performance.now();
    log(`— ${name}`);
    try {
      results[name] = await fn();
    } catch (error) {
      log(`${name} failed: ${error.stack ?? error}`);
      results.errors[name] = String(error.message ?? error).slice(0, 2000);
    }
    results.timings_s[name] = round((performance.now() - t) / 1000, 1);
  };
  const { latencyAndThroughput, memory, profileThroughput } = await import('./suites/sockets.mjs');
  await step('latency', () => latencyAndThroughput(cfg.sockets));
  await step('memory', () => memory(cfg.memory));
  await step('history', async () => (await import('./suites/history.mjs')).history(cfg.history));
  await step('writes', async () => (await import('./suites/writes.mjs')).writes(cfg.writes));
  await step('send_path', async () => (await import('./suites/send-path.mjs')).sendPath(cfg.send_path));
  await step('sessions', async () => (await import('./suites/sessions.mjs')).sessionCheck(cfg.sessions));
  await step('blocks', async () => (await import('./suites/blocks.mjs')).blockCheck(cfg.blocks));
  await step('export', async () => (await import('./suites/export.mjs')).exportBench(cfg.export));
  await step('calls', async () => (await import('./suites/calls.mjs')).callSetup(cfg.calls));
  await step('attachments', async () => (await import('./suites/attachments.mjs')).attachments(cfg.attachments));
  await step('sizes', async () => (await import('./suites/sizes.mjs')).sizes());
  if (cfg.ui) await step('ui', async () => (await import('./suites/ui.mjs')).ui(cfg.ui));
  if (cfg.ui) await step('lighthouse', async () => (await import('./suites/lighthouse.mjs')).lighthouseSuite({ runs: mode === 'full' ? 3 : 1 }));
  if (cfg.profile) {
    await step('profile', async () => {
      const dir = tmpDir('prof');
      const { file, rate } = await profileThroughput({ ...cfg.sockets, throughput: { ...cfg.sockets.throughput, durationMs: 6000 } }, dir);
      const { summarizeProfile } = await import('./lib/profile.mjs');
      const summary = { rate_under_profiler: rate, ...summarizeProfile(file) };
      fs.rmSync(dir, { recursive: true, force: true });
      return summary;
    });
  }
  results.total_s = round((performance.now() - started) / 1000, 1);
  results.loadavg_end = os.loadavg().map((x) => round(x, 2));
  const rawFile = path.join(os.tmpdir(), `chat-bench-${mode}${only ? `-only-${only.join('-')}` : ''}-raw.json`);
  fs.writeFileSync(rawFile, JSON.stringify({ results, cfg }));
  log(`raw results in ${rawFile} (re-render with --render ${rawFile})`);
  const { json, md } = writeReport(results, cfg, outDir);
  log(`wrote ${md} and ${json} in ${results.total_s} s`);
  if (Object.keys(results.errors).length > 0) {
    log(`errors in: ${Object.keys(results.errors).join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
