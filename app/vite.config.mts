import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const server = process.env.CHAT_SERVER ?? "http://localhost:3000";

export default defineConfig({
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", sourcemap: false },
  server: {
    proxy: {
      "/api": server,
      "/socket.io": { target: server, ws: true },
    },
  },
});
