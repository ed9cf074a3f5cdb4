// Run by bench/suites/calls.mjs inside a private network namespace (only loopback): the compiled
// server on SQLite serving app/dist, Debian's Chromium with its fake camera and microphone, two
// people who have written to each other, then `calls` video calls one after another. Each sample
// is taken in the caller's page: from the "Start video call" click (a capture listener) to the
// first remote video frame decoded (getStats polled every 5 ms), the callee's "Accept" pressed by
// the driver as soon as the ring shows (a person adds their own reaction time). Prints one JSON line.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { startServer } from '../lib/procs.mjs';
import { CHROMIUM, CHROMIUM_FLAGS, ROOT } from '../lib/util.mjs';

const require = createRequire(path.join(ROOT, 'package.json'));
const { chromium } = require('playwright-core');
const calls = Number(process.argv[2] ?? 20);

/** Times the caller's click → first remote frame, in the page's own clock. */
function instrument() {
  const Native = window.RTCPeerConnection;
  window.__pcs = [];
  window.RTCPeerConnection = class extends Native {
    constructor(config) {
      super(config);
      window.__pcs.push(this);
    }
  };
  document.addEventListener(
    'click',
    (event) => {
      if (!event.target.closest?.('button[aria-label="Start video call"], button[title="Start video call"]')) return;
      const clicked = performance.now();
      window.__setup = null;
      const poll = setInterval(async () => {
        for (const pc of window.__pcs) {
          if (pc.connectionState === 'closed') continue;
          const stats = await pc.getStats();
          let frames = 0;
          stats.forEach((report) => {
            if (report.type === 'inbound-rtp' && report.kind === 'video') frames += report.framesDecoded ?? 0;
          });
          if (frames > 0 && window.__setup === null) {
            window.__setup = performance.now() - clicked;
            clearInterval(poll);
          }
        }
      }, 5);
    },
    true,
  );
}

async function person(browser, url, name) {
  const context = await browser.newContext({ baseURL: url, permissions: ['camera', 'microphone'], viewport: { width: 1280, height: 800 } });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await page.goto('/');
  const session = await page.evaluate(async (username) => {
    const response = await fetch('/api/register', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, email: `${username}@example.com`, password: 'correct horse battery' }),
    });
    const body = await response.json();
    localStorage.setItem('chat.session', JSON.stringify(body));
    return body;
  }, name);
  return { page, id: session.user.id, token: session.token };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-calls-'));
// The bench's own server start (raised request budgets, the port it reports), serving the app.
const server = await startServer({
  dataDir,
  dbFile: path.join(dataDir, 'chat.sqlite'),
  jwtSecret: randomBytes(32).toString('hex'),
  env: { APP_DIST_DIR: path.join(ROOT, 'app', 'dist'), LINK_PREVIEWS: 'false' },
});
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [...CHROMIUM_FLAGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--allow-loopback-in-peer-connection'],
});
try {
  const alice = await person(browser, server.url, 'bench_caller');
  const bob = await person(browser, server.url, 'bench_callee');
  await alice.page.evaluate(
    async ([to, token]) => {
      await fetch('/api/messages/send', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ receiver_id: to, message_content: 'a call?' }),
      });
    },
    [bob.id, alice.token],
  );
  await alice.page.goto(`/chat/${bob.id}`);
  await bob.page.goto(`/chat/${alice.id}`);
  const start = alice.page.getByRole('button', { name: 'Start video call' });
  await start.waitFor();
  const samples = [];
  for (let i = 0; i < calls; i += 1) {
    await start.click();
    const accept = bob.page.getByRole('alertdialog').getByRole('button', { name: 'Accept' });
    await accept.click();
    await alice.page.waitForFunction(() => typeof window.__setup === 'number', null, { timeout: 30000 });
    samples.push(await alice.page.evaluate(() => window.__setup));
    await alice.page.getByRole('button', { name: 'Hang up' }).click();
    await bob.page.getByRole('button', { name: 'Hang up' }).waitFor({ state: 'detached' });
    await start.waitFor();
    await alice.page.waitForFunction(() => !document.querySelector('button[disabled][aria-label="Start video call"]'));
  }
  console.log(JSON.stringify({ samples }));
} finally {
  await browser.close();
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
