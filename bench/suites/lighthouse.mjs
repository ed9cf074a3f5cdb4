// Lighthouse (mobile preset, simulated throttling) on the built app served by the real server:
// the log-in page, and an open conversation of a logged-in person (token put where the app reads
// it, localStorage "chat.session", before Lighthouse loads the page with storage reset off).
// Debian's /usr/bin/chromium through chrome-launcher; no browser is downloaded.
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '../lib/procs.mjs';
import { ROOT, requireRoot, round, tmpDir } from '../lib/util.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function api(url, pathname, body, token) {
  const res = await fetch(`${url}${pathname}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${pathname}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** Lighthouse's performance score (0–100) and the JS bytes transferred, for one URL. */
async function audit(lighthouse, port, url) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], disableStorageReset: true });
  const lhr = result.lhr;
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  const jsBytes = items.filter((i) => i.resourceType === 'Script').reduce((s, i) => s + (i.transferSize ?? 0), 0);
  return {
    score: round((lhr.categories.performance.score ?? 0) * 100, 0),
    fcp_ms: round(lhr.audits['first-contentful-paint']?.numericValue, 0),
    lcp_ms: round(lhr.audits['largest-contentful-paint']?.numericValue, 0),
    tbt_ms: round(lhr.audits['total-blocking-time']?.numericValue, 0),
    js_transfer_kb: round(jsBytes / 1024, 1),
  };
}

export async function lighthouseSuite(cfg = {}) {
  if (!fs.existsSync(CHROMIUM)) return { skipped: true, reason: `${CHROMIUM} not found` };
  const appDist = path.join(ROOT, 'app', 'dist');
  if (!fs.existsSync(path.join(appDist, 'index.html'))) return { skipped: true, reason: 'app/dist does not exist (npm run build)' };
  const { default: lighthouse } = await import(requireRoot.resolve('lighthouse'));
  const chromeLauncher = await import(requireRoot.resolve('chrome-launcher'));
  const { chromium } = requireRoot('playwright-core');
  const dataDir = tmpDir('lh');
  const server = await startServer({
    dataDir,
    dbFile: path.join(dataDir, 'chat.sqlite'),
    jwtSecret: 'lighthouse-bench-secret-lighthouse-bench-secret',
    env: { APP_DIST_DIR: appDist },
  });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const runs = cfg.runs ?? 3;
  try {
    const ada = await api(server.url, '/api/register', { username: 'lh_ada', email: 'ada@example.com', password: 'lighthouse-1' });
    const bob = await api(server.url, '/api/register', { username: 'lh_bob', email: 'bob@example.com', password: 'lighthouse-1' });
    for (let i = 0; i < 20; i++) {
      const [from, to] = i % 2 ? [bob, ada] : [ada, bob];
      await api(server.url, '/api/messages/send', { receiver_id: to.user.id, message_content: `message ${i} for the lighthouse run` }, from.token);
    }
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
    const setSession = async (session) => {
      const page = await browser.contexts()[0].newPage();
      await page.goto(`${server.url}/favicon-that-does-not-exist.txt`).catch(() => {});
      await page.evaluate((s) => (s ? localStorage.setItem('chat.session', JSON.stringify(s)) : localStorage.clear()), session);
      await page.close();
    };
    const pages = { login: `${server.url}/login`, conversation: `${server.url}/chat/${bob.user.id}` };
    const out = { runs, preset: 'mobile (Lighthouse default: simulated slow 4G, 4× CPU slowdown)' };
    for (const [name, url] of Object.entries(pages)) {
      await setSession(name === 'login' ? null : { token: ada.token, user: ada.user });
      const rows = [];
      for (let i = 0; i < runs; i++) rows.push(await audit(lighthouse, chrome.port, url));
      const scores = rows.map((r) => r.score).sort((a, b) => a - b);
      out[`lighthouse_${name}_score`] = scores[Math.floor((scores.length - 1) / 2)];
      out[`lighthouse_${name}_scores`] = scores.join(', ');
      out[`lighthouse_${name}_lcp_ms`] = rows.map((r) => r.lcp_ms).sort((a, b) => a - b)[Math.floor((rows.length - 1) / 2)];
      out[`lighthouse_${name}_tbt_ms`] = rows.map((r) => r.tbt_ms).sort((a, b) => a - b)[Math.floor((rows.length - 1) / 2)];
      // The first audit runs on an empty cache (the conversation's reuses it: not counted there).
      if (name === 'login') out.lighthouse_login_js_transfer_kb = rows[0].js_transfer_kb;
    }
    await browser.close().catch(() => {});
    return out;
  } finally {
    await chrome.kill();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
