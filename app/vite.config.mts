import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const server = process.env.CHAT_SERVER ?? "http://localhost:3000";

export default defineConfig({
  plugins: [react()],
  // The manifest (dist/.vite/, never served: a dotfile path) says which chunks each page loads, for the size budgets.
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    manifest: true,
    // Every browser the es2022 build runs in has <link rel=modulepreload> but Firefox < 115 and Safari < 17, which
    // then fetch a chunk's imports one after another instead of at once; the polyfill's 0.3 KB gzip made room for
    // the catalogs' runtime (Lingui) in the 150 KB budget.
    modulePreload: { polyfill: false },
    // The catalogs stay files of their own (fetched per language, cached for good), never inlined into the JS.
    assetsInlineLimit: (file) => (file.endsWith(".json") ? false : undefined),
  },
  server: {
    proxy: {
      "/api": server,
      "/socket.io": { target: server, ws: true },
    },
  },
});
