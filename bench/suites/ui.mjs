// Item 6: ui-kit's MessageList (10,000 messages) and ChatList (5,000 conversations) in headless
// Chromium (Debian's /usr/bin/chromium driven by playwright-core): mount-to-settled time and frames while
// scrolling through them; the app's first render once app/dist exists.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS as FLAGS, ROOT, requireRoot, round, tmpDir } from '../lib/util.mjs';

/** Where MessageList/ChatList come from: the built dist if it exports them, else (noted) the source. */
function kitEntry() {
  const dist = path.join(ROOT, 'ui-kit', 'dist', 'index.js');
  if (fs.existsSync(dist)) {
    const text = fs.readFileSync(dist, 'utf8');
    if (/\bMessageList\b/.test(text) && /\bChatList\b/.test(text)) return { file: dist, source: 'ui-kit/dist' };
  }
  const src = path.join(ROOT, 'ui-kit', 'src');
  const ml = path.join(src, 'organisms', 'MessageList', 'index.ts');
  const cl = path.join(src, 'organisms', 'ChatList', 'index.ts');
  if (!fs.existsSync(ml) || !fs.existsSync(cl)) return null;
  const dir = tmpDir('ui-entry');
  const file = path.join(dir, 'entry.ts');
  fs.writeFileSync(
    file,
    `export { ChatThemeProvider } from ${JSON.stringify(path.join(src, 'theme', 'index.ts'))};\nexport { MessageList } from ${JSON.stringify(ml)};\nexport { ChatList } from ${JSON.stringify(cl)};\n`,
  );
  return { file, source: 'ui-kit/src (dist does not export MessageList/ChatList yet; same code, bundled by esbuild)' };
}

function serve(dir) {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html');
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      const index = path.join(dir, 'index.html');
      if (fs.existsSync(index)) return fs.createReadStream(index).pipe(res.writeHead(200, { 'content-type': 'text/html' }));
      res.writeHead(404).end();
      return;
    }
    const type = file.endsWith('.js')
      ? 'text/javascript'
      : file.endsWith('.html')
        ? 'text/html'
        : file.endsWith('.css')
          ? 'text/css'
          : 'application/octet-stream';
    fs.createReadStream(file).pipe(res.writeHead(200, { 'content-type': type }));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};

/**
 * MessageList against @chatscope/chat-ui-kit-react at a few sizes, each kit and size on a fresh page:
 * the first mount there (cold: styles injected, code first run) and the median of the mounts after it.
 */
async function compareMounts(browser, url, cfg) {
  const rows = [];
  for (const kit of ['ours', 'chatscope']) {
    for (const n of cfg.compareSizes ?? [10, 100, cfg.messages]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(url);
      await page.waitForFunction(() => window.benchReady === true);
      const mount = () => page.evaluate(([k, count]) => window.bench.mountMessages(k, count), [kit, n]);
      const first = await mount();
      const again = [];
      for (let i = 0; i < (n > 1000 ? 2 : (cfg.compareRuns ?? 7)); i++) again.push((await mount()).mount_ms);
      rows.push({ kit, messages: n, first_ms: round(first.mount_ms, 1), median_ms: round(median(again), 1), dom_nodes: first.dom_nodes });
      await page.close();
    }
  }
  return rows;
}

export async function ui(cfg) {
  if (!fs.existsSync(CHROMIUM)) return { skipped: true, reason: `${CHROMIUM} not found (apt-get install -y chromium)` };
  const entry = kitEntry();
  if (!entry) return { skipped: true, reason: 'ui-kit has no MessageList/ChatList yet' };
  const esbuild = requireRoot('esbuild');
  const dir = tmpDir('ui');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'bench', 'ui', 'page.jsx')],
    bundle: true,
    minify: true,
    format: 'esm',
    outfile: path.join(dir, 'page.js'),
    jsx: 'automatic',
    alias: { 'ui-kit-entry': entry.file },
    nodePaths: [path.join(ROOT, 'ui-kit', 'node_modules'), path.join(ROOT, 'node_modules')],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html><head><link rel="stylesheet" href="/page.css"></head><body style="margin:0"><div id="root"></div><script type="module" src="/page.js"></script></body></html>',
  );
  const { chromium } = requireRoot('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  const { server, url } = await serve(dir);
  const out = { component_source: entry.source, messages: cfg.messages, conversations: cfg.conversations };
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForFunction(() => window.benchReady === true);
    // One warm-up mount each (JIT, style injection), then the measured mounts.
    await page.evaluate(() => window.bench.messageList(200, 5));
    const ml = await page.evaluate(([n]) => window.bench.messageList(n, 240), [cfg.messages]);
    await page.evaluate(() => window.bench.chatList(200, 5));
    const cl = await page.evaluate(([n]) => window.bench.chatList(n, 240), [cfg.conversations]);
    Object.assign(out, {
      message_list_mount_ms: round(ml.mount_ms, 1),
      message_list_dom_nodes: ml.dom_nodes,
      message_list_long_frames: ml.scroll.frames_over_50ms,
      message_list_frames_over_33ms: ml.scroll.frames_over_33ms,
      message_list_frame_p99_ms: round(ml.scroll.frame_p99_ms, 1),
      message_list_scrolled_px: ml.scroll.scrolled_px,
      chat_list_mount_ms: round(cl.mount_ms, 1),
      chat_list_dom_nodes: cl.dom_nodes,
      chat_list_long_frames: cl.scroll.frames_over_50ms,
      chat_list_frames_over_33ms: cl.scroll.frames_over_33ms,
      chat_list_frame_p99_ms: round(cl.scroll.frame_p99_ms, 1),
      chat_list_scrolled_px: cl.scroll.scrolled_px,
      scroll_frames: ml.scroll.frames,
    });
    await page.close();
    out.mount_compare = await compareMounts(browser, url, cfg);
    for (const row of out.mount_compare) {
      out[`message_list_${row.messages}_${row.kit}_first_mount_ms`] = row.first_ms;
      out[`message_list_${row.messages}_${row.kit}_mount_ms`] = row.median_ms;
    }
    // The app's first render on a cold load (new context, empty cache).
    const appDist = path.join(ROOT, 'app', 'dist');
    if (fs.existsSync(path.join(appDist, 'index.html'))) {
      const app = await serve(appDist);
      try {
        const context = await browser.newContext();
        const p = await context.newPage();
        await p.goto(app.url, { waitUntil: 'load' });
        await p.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? document.body.childElementCount) > 0, null, {
          timeout: 15000,
        });
        out.app_first_render_ms = round(
          await p.evaluate(() => {
            const paint = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
            return paint ? paint.startTime : performance.now();
          }),
          1,
        );
        await context.close();
      } finally {
        app.server.close();
      }
    } else {
      out.app_first_render_ms = null;
      out.notes = 'App first render: null, app/dist does not exist yet (the app is not built).';
    }
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  out.notes =
    `${out.notes ?? ''} Mount = from render() to the last frame with a DOM mutation (settled: 3 quiet frames after). Scroll: ${out.scroll_frames} frames from one end to the other, one step per animation frame; a long frame is > 50 ms, and frames > 33 ms missed at least one 60 Hz vsync. Components from ${entry.source}.`.trim();
  return out;
}
