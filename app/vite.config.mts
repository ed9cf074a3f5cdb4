import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const server = process.env.CHAT_SERVER ?? "http://localhost:3000";

export default defineConfig({
  plugins: [react()],
  // The manifest (dist/.vite/, never served: a dotfile path) says which chunks each page loads, for the size budgets.
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", sourcemap: false, manifest: true },
  server: {
    proxy: {
      "/api": server,
      "/socket.io": { target: server, ws: true },
    },
  },
});
