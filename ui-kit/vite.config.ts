import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const external = [/^react($|\/)/, /^react-dom($|\/)/, /^styled-components($|\/)/, /^@tanstack\//];

// The emoji picker's data (a lazily loaded file): Emojibase's entries with only the fields the
// picker reads. The skin-tone variants and codepoints are more than half of the file.
const trimEmojiData = (): Plugin => ({
  name: 'trim-emoji-data',
  enforce: 'pre',
  transform(code, id) {
    if (!/emojibase-data[\\/]en[\\/]compact\.json$/.test(id)) return null;
    const entries = JSON.parse(code) as { group?: number; label: string; tags?: string[]; unicode: string }[];
    const trimmed = entries.map(({ group, label, tags, unicode }) => ({ group, label, tags, unicode }));
    return { code: JSON.stringify(trimmed), map: null };
  },
});

// Library build: ESM, one output file per source module (so importing one component pulls only
// what it needs), peers and the virtualizer left as imports.
export default defineConfig({
  plugins: [react(), trimEmojiData()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    lib: {
      // The catalogs are entries of their own (`@chat-app/ui-kit/locales/es`): not reachable from
      // the index, so an app bundles only the languages it imports.
      entry: Object.fromEntries(
        ['index', 'locale/catalogs/index', 'locale/catalogs/en', 'locale/catalogs/es', 'locale/catalogs/ar'].map((name) => [
          name,
          fileURLToPath(new URL(`./src/${name}.ts`, import.meta.url)),
        ]),
      ),
      formats: ['es'],
    },
    rolldownOptions: {
      external,
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
