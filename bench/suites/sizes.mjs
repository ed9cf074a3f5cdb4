// Item 7: ui-kit bundle (min+gzip, peers external) and the app's JS (gzip). Deterministic: the budget
// test in tests/bench/ checks the same numbers against the targets.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT, requireRoot, round } from '../lib/util.mjs';

export const BUDGETS = {
  ui_kit_gzip_kb: 64,
  ui_kit_emoji_picker_gzip_kb: 50,
  app_js_gzip_kb: 230,
  app_login_js_gzip_kb: 103.5,
  app_service_worker_gzip_kb: 8,
  mobile_first_load_js_gzip_kb: 420,
};
const PEERS = ['react', 'react-dom', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom/client', 'styled-components'];

const gzipKb = (buf) => zlib.gzipSync(buf, { level: 9 }).length / 1024;

// The full emoji picker is loaded on demand (ReactionPicker's `import()`; apps split it into a chunk
// of its own): the kit's size leaves it out, and it is measured on its own below.
const PICKER_DIR = path.join('organisms', 'EmojiPicker') + path.sep;

/** An esbuild plugin leaving as imports the resolved files `keep(file)` says are not to be counted. */
const externalFiles = (keep) => ({
  name: 'external-files',
  setup(build) {
    build.onResolve({ filter: /^\./ }, (args) => {
      const file = path.resolve(args.resolveDir, args.path);
      return keep(file) ? { path: file, external: true } : undefined;
    });
  },
});

const bundle = (esbuild, entry, plugins, external = []) =>
  esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    external: [...PEERS, ...external],
    plugins,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    metafile: true,
  });

/**
 * ui-kit/dist bundled with esbuild (everything but the peers and the emoji picker), minified,
 * gzipped; and the emoji picker's own cost: its entry bundled with everything the kit's bundle
 * already holds left out (its code and its emoji data).
 */
export async function uiKitSize() {
  const dist = path.join(ROOT, 'ui-kit', 'dist');
  const entry = path.join(dist, 'index.js');
  if (!fs.existsSync(entry)) return { ui_kit_gzip_kb: null, reason: 'ui-kit/dist/index.js does not exist (run `npm run build -w ui-kit`)' };
  const esbuild = requireRoot('esbuild');
  const pickerDir = path.join(dist, PICKER_DIR);
  const result = await bundle(esbuild, entry, [externalFiles((file) => file.startsWith(pickerDir))]);
  const code = Buffer.from(result.outputFiles[0].contents);
  const inputs = Object.entries(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].inputs)
    .map(([file, v]) => ({ file: file.replace(/^.*node_modules\//, 'node_modules/'), bytes: v.bytesInOutput }))
    .sort((x, y) => y.bytes - x.bytes);
  const byPackage = {};
  for (const { file, bytes } of inputs) {
    const pkg = file.startsWith('node_modules/')
      ? file
          .split('/')
          .slice(1, file.split('/')[1].startsWith('@') ? 3 : 2)
          .join('/')
      : 'ui-kit';
    byPackage[pkg] = (byPackage[pkg] ?? 0) + bytes;
  }
  const inKit = new Set(Object.keys(result.metafile.inputs).map((file) => path.resolve(file)));
  const pickerEntry = path.join(pickerDir, 'index.js');
  let picker = { ui_kit_emoji_picker_gzip_kb: null };
  if (fs.existsSync(pickerEntry)) {
    const kitPackages = Object.keys(byPackage).filter((name) => name !== 'ui-kit');
    const own = await bundle(esbuild, pickerEntry, [externalFiles((file) => inKit.has(file) && !file.startsWith(pickerDir))], kitPackages);
    const pickerCode = Buffer.from(own.outputFiles[0].contents);
    picker = { ui_kit_emoji_picker_min_kb: round(pickerCode.length / 1024, 1), ui_kit_emoji_picker_gzip_kb: round(gzipKb(pickerCode), 2) };
  }
  return {
    ui_kit_min_kb: round(code.length / 1024, 1),
    ui_kit_gzip_kb: round(gzipKb(code), 2),
    ui_kit_min_by_package_kb: Object.fromEntries(Object.entries(byPackage).map(([k, v]) => [k, round(v / 1024, 1)])),
    ...picker,
  };
}

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** The app's chunk of the kit's emoji picker (fetched only when someone opens it), from Vite's manifest. */
function appPickerFiles(dist) {
  const manifestFile = path.join(dist, '.vite', 'manifest.json');
  if (!fs.existsSync(manifestFile)) return new Set();
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  return new Set(
    Object.entries(manifest)
      .filter(([key]) => /organisms\/EmojiPicker\/index\.js$/.test(key))
      .map(([, chunk]) => path.join(dist, chunk.file)),
  );
}

/**
 * Every .js file the app's build emits, gzipped one by one (as served), summed; the emoji picker's
 * chunk, loaded on demand, counted apart (as the kit's own is), and so is the service worker
 * (sw.js: no page loads it; the browser fetches it once after the first screen, then on updates).
 */
export function appSize() {
  const dist = path.join(ROOT, 'app', 'dist');
  if (!fs.existsSync(dist)) return { app_js_gzip_kb: null, reason: 'app/dist does not exist: the app is not built yet' };
  const files = walk(dist).filter((f) => /\.m?js$/.test(f));
  if (files.length === 0) return { app_js_gzip_kb: null, reason: 'app/dist has no .js files' };
  const picker = appPickerFiles(dist);
  const serviceWorker = path.join(dist, 'sw.js');
  let total = 0;
  let raw = 0;
  let pickerTotal = 0;
  let workerTotal = null;
  for (const f of files) {
    const buf = fs.readFileSync(f);
    if (f === serviceWorker) {
      workerTotal = gzipKb(buf);
      continue;
    }
    if (picker.has(f)) {
      pickerTotal += gzipKb(buf);
      continue;
    }
    raw += buf.length;
    total += gzipKb(buf);
  }
  return {
    app_js_files: files.length - picker.size - (workerTotal === null ? 0 : 1),
    app_js_kb: round(raw / 1024, 1),
    app_js_gzip_kb: round(total, 2),
    app_emoji_picker_js_gzip_kb: picker.size ? round(pickerTotal, 2) : null,
    app_service_worker_gzip_kb: workerTotal === null ? null : round(workerTotal, 2),
  };
}

/**
 * The JS the log-in page loads: the entry chunk and the log-in screen's lazy chunk, with the chunks
 * they import (Vite's manifest, app/dist/.vite/manifest.json), each gzipped as served, summed.
 */
export function loginPageSize() {
  const dist = path.join(ROOT, 'app', 'dist');
  const manifestFile = path.join(dist, '.vite', 'manifest.json');
  if (!fs.existsSync(manifestFile))
    return { app_login_js_gzip_kb: null, reason: 'app/dist/.vite/manifest.json does not exist: the app is not built yet' };
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  visit('src/screens/AuthScreen.tsx');
  const total = [...files].reduce((sum, file) => sum + gzipKb(fs.readFileSync(path.join(dist, file))), 0);
  const chat = manifest['src/routes/ChatRoute.tsx']?.file;
  return {
    app_login_js_files: [...files].map((file) => path.basename(file)),
    app_login_js_gzip_kb: round(total, 2),
    // 0 when the chat is a chunk of its own that the log-in page does not load; null when it is no chunk of its own.
    app_login_chat_chunks: chat === undefined ? null : Number(files.has(chat)),
  };
}

/**
 * The Ionic app's web build (mobile/dist): every .js file gzipped as served, and what its first
 * screen loads (index.html's entry script and the chunks it preloads; the settings, group and search
 * screens are chunks of their own, fetched when opened).
 */
export function mobileSize() {
  const dist = path.join(ROOT, 'mobile', 'dist');
  const html = path.join(dist, 'index.html');
  if (!fs.existsSync(html)) return { mobile_js_gzip_kb: null, reason: 'mobile/dist does not exist: the mobile app is not built yet' };
  const files = walk(dist).filter((f) => /\.m?js$/.test(f));
  const first = [...fs.readFileSync(html, 'utf8').matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g)].map(
    (match) => path.join(dist, match[1]),
  );
  const sum = (list) => list.reduce((total, file) => total + gzipKb(fs.readFileSync(file)), 0);
  return {
    mobile_js_files: files.length,
    mobile_js_gzip_kb: round(sum(files), 2),
    mobile_first_load_js_files: first.length,
    mobile_first_load_js_gzip_kb: first.length ? round(sum(first), 2) : null,
  };
}

export async function sizes() {
  return { ...(await uiKitSize()), ...appSize(), ...loginPageSize(), ...mobileSize(), budgets: BUDGETS };
}
