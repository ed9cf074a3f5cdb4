// `npm run start:mobile`: the chat server on :3000 and the mobile app's web build on :5174 (Vite's
// preview, which proxies /api and /socket.io to the server as the dev server does), in one command.
// Either ending ends both.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const children = [
  spawn(process.execPath, [path.join(root, "server", "dist", "index.js")], { cwd: root, stdio: "inherit" }),
  spawn("npx", ["vite", "preview", "--port", "5174", "--strictPort"], { cwd: path.join(root, "mobile"), stdio: "inherit" }),
];
console.log("The mobile app: http://localhost:5174 (add ?mode=ios or ?mode=md); the web app: http://localhost:3000");

let stopping = false;
const stop = (code) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  process.exitCode = code;
};
for (const child of children) child.on("exit", (code) => stop(code ?? 1));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(0));
