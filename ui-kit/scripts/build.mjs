// Builds dist/: ESM JavaScript with preserved modules (Vite library mode), then .d.ts types (tsc).
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
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

if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/index.d.ts'))) {
  throw new Error('build did not produce dist/index.js and dist/index.d.ts');
}
