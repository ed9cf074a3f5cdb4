// Measures what the built kit costs an app: dist/ bundled and minified with Vite (Rolldown), peers
// (react, react-dom, styled-components) left out, the virtualizer included, then gzipped.
// Also measures a single-component import to show tree-shaking. Run after `npm run build`.
// Informational: the kit's budget is one number in one place, BUDGETS.ui_kit_gzip_kb in
// bench/suites/sizes.mjs (the emoji picker counted apart), checked by tests/bench/size-budget.test.ts.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const peers = [/^react($|\/)/, /^react-dom($|\/)/, /^styled-components($|\/)/];

async function measure(name, code) {
  const dir = mkdtempSync(join(tmpdir(), 'ui-kit-size-'));
  try {
    const entry = join(dir, 'entry.js');
    writeFileSync(entry, code);
    await build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      resolve: { alias: { '@chat-app/ui-kit': join(root, 'dist/index.js') } },
      build: {
        outDir: join(dir, 'out'),
        minify: true,
        lib: { entry, formats: ['es'], fileName: 'bundle' },
        rolldownOptions: { external: peers },
      },
    });
    const file = readdirSync(join(dir, 'out')).find((f) => /\.m?js$/.test(f));
    const bytes = readFileSync(join(dir, 'out', file));
    const gz = gzipSync(bytes, { level: 9 }).length;
    console.log(`${name.padEnd(34)} ${(bytes.length / 1024).toFixed(1).padStart(7)} KB min  ${(gz / 1024).toFixed(1).padStart(6)} KB gzip`);
    return gz;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await measure('everything (import *)', "export * from '@chat-app/ui-kit';");
await measure('Button only', "export { Button } from '@chat-app/ui-kit';");
await measure('MessageBubble only', "export { MessageBubble } from '@chat-app/ui-kit';");
await measure('MessageList (with virtualizer)', "export { MessageList } from '@chat-app/ui-kit';");
