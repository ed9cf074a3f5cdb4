import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const server = process.env.CHAT_SERVER ?? "http://localhost:3000";

export default defineConfig({
  plugins: [react()],
  // @ionic/react-router depends on an exact @ionic/react, which npm may install a second copy of under it:
  // two copies mean two router contexts, and IonRouterOutlet then renders its <Route>s bare (a crash).
  resolve: { dedupe: ["@ionic/react", "@ionic/core", "react-router", "react-router-dom"] },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", sourcemap: false },
  // `npm run dev -w mobile` against a server on :3000, at the page's own origin (no CORS needed).
  server: {
    port: 5174,
    proxy: {
      "/api": server,
      "/socket.io": { target: server, ws: true },
    },
  },
});
