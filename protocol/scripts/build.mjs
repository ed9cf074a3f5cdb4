// Builds dist/cjs (for the CommonJS server and Jest) and dist/esm (for Vite), each with its .d.ts.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const root = new URL("..", import.meta.url);
const run = (project) => execFileSync(process.execPath, [tsc, "-p", project], { cwd: root, stdio: "inherit" });

fs.rmSync(new URL("dist", root), { recursive: true, force: true });
run("tsconfig.json");
run("tsconfig.esm.json");
// The package has no "type", so Node reads .js as CommonJS; this folder's files are ES modules.
fs.writeFileSync(new URL("dist/esm/package.json", root), `{ "type": "module" }\n`);
