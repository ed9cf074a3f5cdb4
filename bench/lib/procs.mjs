// Child processes of the bench: the real chat server, the bare relay, and load workers.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';
import { ROOT, SERVER_DIST, log } from './util.mjs';

const PROBE = path.join(ROOT, 'bench', 'lib', 'server-probe.cjs');

/** Soft fd limit of a fresh shell; if `need` is above it the child is started under `ulimit -n need`. */
function withFdLimit(argv, need) {
  const soft = Number(spawnSync('bash', ['-c', 'ulimit -Sn'], { encoding: 'utf8' }).stdout.trim());
  if (!need || soft === Infinity || Number.isNaN(soft) || soft >= need) return { cmd: argv[0], args: argv.slice(1), raised: false };
  // exec keeps the pid and the IPC fd; root may raise the hard limit too.
  return { cmd: 'bash', args: ['-c', `ulimit -n ${need} 2>/dev/null || ulimit -n $(ulimit -Hn); exec "$@"`, 'bash', ...argv], raised: true };
}

function waitForLine(child, regex, name, timeoutMs = 30000) {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`${name} did not start in ${timeoutMs} ms\n${out}\n${err}`)), timeoutMs);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = regex.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
      if (err.length > 20000) err = err.slice(-10000);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before listening\n${out}\n${err}`));
    });
  });
}

class Proc {
  constructor(child, name) {
    this.child = child;
    this.name = name;
    this.pid = child.pid;
    this.nextId = 1;
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  /** RSS (bytes) after a forced GC, via the preloaded probe. */
  mem() {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name}: no memory answer`)), 30000);
      const onMessage = (msg) => {
        if (msg?.type === 'mem' && msg.id === id) {
          clearTimeout(timer);
          this.child.off('message', onMessage);
          resolve(msg);
        }
      };
      this.child.on('message', onMessage);
      this.child.send({ type: 'mem', id });
    });
  }

  /** Event-loop delay (ms) since the last call, then resets. */
  eld() {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name}: no event-loop answer`)), 30000);
      const onMessage = (msg) => {
        if (msg?.type === 'eld' && msg.id === id) {
          clearTimeout(timer);
          this.child.off('message', onMessage);
          resolve({ p50: msg.p50, p99: msg.p99, max: msg.max });
        }
      };
      this.child.on('message', onMessage);
      this.child.send({ type: 'eld', id });
    });
  }

  /** Resident set size read by the kernel, without GC. */
  rssNow() {
    const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb * 1024;
  }

  async stop() {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return this.exited;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10000);
    const result = await this.exited;
    clearTimeout(timer);
    return result;
  }
}

/**
 * Starts `node server/dist/index.js` in its own process on an ephemeral port.
 * opts: { dbFile, dataDir, jwtSecret, fdNeed, cpuProfDir, env }
 */
export async function startServer(opts) {
  const nodeArgs = ['--expose-gc', '-r', PROBE];
  if (opts.cpuProfDir) nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${opts.cpuProfDir}`);
  // Diagnostics without code changes, e.g. BENCH_SERVER_NODE_ARGS=--trace-gc BENCH_SERVER_LOG=/tmp/server.log
  if (process.env.BENCH_SERVER_NODE_ARGS) nodeArgs.push(...process.env.BENCH_SERVER_NODE_ARGS.split(' ').filter(Boolean));
  const { cmd, args, raised } = withFdLimit([process.execPath, ...nodeArgs, path.join(SERVER_DIST, 'index.js')], opts.fdNeed);
  const child = spawn(cmd, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: opts.dataDir,
      DATABASE_URL: `sqlite:${opts.dbFile}`,
      JWT_SECRET: opts.jwtSecret,
      BCRYPT_COST: '10',
      AUTO_MIGRATE: 'true',
      APP_DIST_DIR: path.join(opts.dataDir, 'no-app'),
      // The abuse budgets (100 socket events/s per socket, 100 REST requests/s per user) stay in the
      // path and are counted, but are raised so a closed-loop load measures speed, not the throttle.
      SOCKET_EVENTS_PER_SECOND: '1000000',
      REQUESTS_PER_USER_PER_SECOND: '1000000',
      ...(opts.env ?? {}),
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const proc = new Proc(child, 'server');
  if (process.env.BENCH_SERVER_LOG) {
    const logStream = fs.createWriteStream(process.env.BENCH_SERVER_LOG, { flags: 'a' });
    child.stdout.on('data', (c) => logStream.write(c));
    child.stderr.on('data', (c) => logStream.write(c));
  }
  const m = await waitForLine(child, /listening on (http:\/\/[^\s]+)/, 'chat server');
  proc.url = m[1];
  proc.fdRaised = raised;
  proc.stderr = '';
  child.stderr.on('data', (c) => {
    proc.stderr += c;
    if (proc.stderr.length > 20000) proc.stderr = proc.stderr.slice(-10000);
  });
  return proc;
}

/** The floor: bench/relay-server.mjs, Socket.IO with no auth and no database, same events and payload. */
export async function startRelay(opts = {}) {
  const nodeArgs = ['--expose-gc', '-r', PROBE];
  if (opts.cpuProfDir) nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${opts.cpuProfDir}`);
  const { cmd, args } = withFdLimit([process.execPath, ...nodeArgs, path.join(ROOT, 'bench', 'relay-server.mjs')], opts.fdNeed);
  const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const proc = new Proc(child, 'relay');
  const m = await waitForLine(child, /Relay listening on (http:\/\/[^\s]+)/, 'relay');
  proc.url = m[1];
  return proc;
}

/** A load-generating process (bench/load-worker.mjs) driven over IPC with request/response commands. */
export class Worker {
  constructor(name, fdNeed) {
    const script = path.join(ROOT, 'bench', 'load-worker.mjs');
    const { cmd, args } = withFdLimit([process.execPath, '--max-old-space-size=4096', script], fdNeed);
    this.child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.name = name;
    this.nextId = 1;
    this.pending = new Map();
    this.child.on('message', (msg) => {
      const entry = this.pending.get(msg.id);
      if (!entry) return;
      this.pending.delete(msg.id);
      if (msg.error) entry.reject(new Error(`${name}: ${msg.error}`));
      else entry.resolve(msg.result);
    });
    this.exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.once('exit', (code) => {
      for (const entry of this.pending.values()) entry.reject(new Error(`${name} exited with ${code}`));
      this.pending.clear();
    });
  }

  call(cmd, args = {}) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.send({ id, cmd, args });
    });
  }

  async stop() {
    if (this.child.exitCode !== null) return;
    try {
      await Promise.race([this.call('exit'), new Promise((r) => setTimeout(r, 5000))]);
    } catch {
      /* exiting */
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await this.exited;
    clearTimeout(timer);
  }
}

export { log };
