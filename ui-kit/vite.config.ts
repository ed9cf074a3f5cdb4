import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const external = [/^react($|\/)/, /^react-dom($|\/)/, /^styled-components($|\/)/, /^@tanstack\//];

// Library build: ESM, one output file per source module (so importing one component pulls only
// what it needs), peers and the virtualizer left as imports.
export default defineConfig({
  plugins: [react()],
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
