// Builds dist/: ESM JavaScript with preserved modules (Vite library mode), then .d.ts types (tsc).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
rmSync(join(root, 'dist'), { recursive: true, force: true });

const run = (bin, args) => execFileSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' });
await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
run(require.resolve('typescript/bin/tsc'), ['-p', 'tsconfig.build.json']);

// tsc keeps extensionless relative specifiers in .d.ts files; Node16/NodeNext consumers need the
// full path. Point each at the emitted file ('./x' → './x.js' or './x/index.js').
const dist = join(root, 'dist');
for (const file of readdirSync(dist, { recursive: true })) {
  if (!String(file).endsWith('.d.ts')) continue;
  const path = join(dist, String(file));
  const text = readFileSync(path, 'utf8');
  const fixed = text.replace(/(from\s+|import\s*\(\s*)(['"])(\.{1,2}\/[^'"]+)\2/g, (whole, lead, quote, spec) => {
    if (/\.js$/.test(spec)) return whole;
    const base = join(dirname(path), spec);
    if (existsSync(`${base}.d.ts`)) return `${lead}${quote}${spec}.js${quote}`;
    if (existsSync(join(base, 'index.d.ts'))) return `${lead}${quote}${spec}/index.js${quote}`;
    throw new Error(`${file}: cannot resolve ${spec}`);
  });
  if (fixed !== text) writeFileSync(path, fixed);
}

if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/index.d.ts'))) {
  throw new Error('build did not produce dist/index.js and dist/index.d.ts');
}
