import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";

const server = process.env.CHAT_SERVER ?? "http://localhost:3000";

// The light and dark themes' page background and primary colour (ui-kit/src/theme/themes.ts).
const LIGHT = { background: "#f4f5f7", primary: "#1d5fd0" };

export default defineConfig({
  plugins: [
    react(),
    // An installable app whose shell works offline: the worker is app/src/service-worker/sw.ts (it
    // also shows Web Push notifications); the page registers it itself (src/pwa), after load.
    VitePWA({
      strategies: "injectManifest",
      srcDir: "src/service-worker",
      filename: "sw.ts",
      registerType: "prompt",
      injectRegister: false,
      injectManifest: {
        globPatterns: ["**/*.{js,css,html,json,png,svg,woff2}"],
        // The manifest for the size budgets is not part of the app.
        globIgnores: [".vite/**"],
      },
      manifest: {
        id: "/",
        name: "Chat",
        short_name: "Chat",
        description: "Real-time chat",
        lang: "en",
        start_url: "/",
        scope: "/",
        display: "standalone",
        background_color: LIGHT.background,
        theme_color: LIGHT.primary,
        icons: [
          { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
          { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
          { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        ],
      },
    }),
  ],
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
