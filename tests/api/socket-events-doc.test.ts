import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const PRETTIER_CONFIGS = fs.readdirSync(ROOT).filter((name) => name.startsWith(".prettierrc") || name === "prettier.config.js");
const SCRIPT = path.join(ROOT, "protocol", "scripts", "socket-events-doc.mjs");

/** Runs the generator in a child process (it is an ES module); returns the exit code. */
function check(root = ROOT): number {
  try {
    execFileSync(process.execPath, [path.join(root, "protocol", "scripts", "socket-events-doc.mjs"), "--check"], { stdio: "pipe" });
    return 0;
  } catch (error) {
    return (error as { status: number }).status;
  }
}

describe("docs/socket-events.md", () => {
  it("is what protocol/scripts/socket-events-doc.mjs makes of the protocol's event maps today", () => {
    expect(check()).toBe(0);
  });

  it("lists every event of both maps", () => {
    const doc = fs.readFileSync(path.join(ROOT, "docs", "socket-events.md"), "utf8");
    const source = fs.readFileSync(path.join(ROOT, "protocol", "src", "socket-events.ts"), "utf8");
    const names = [...source.matchAll(/^ {2}"?([a-z:]+)"?\??: \(/gm)].map((match) => match[1]!);
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(doc).toMatch(new RegExp(`\\| \`${name}\` +\\|`));
  });

  it("is reported stale once an event changes", () => {
    // A copy of the tree's protocol sources and docs, with one event renamed.
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "socket-doc-"));
    try {
      for (const dir of ["protocol/src", "protocol/scripts", "docs"]) fs.mkdirSync(path.join(copy, dir), { recursive: true });
      fs.copyFileSync(SCRIPT, path.join(copy, "protocol", "scripts", "socket-events-doc.mjs"));
      fs.copyFileSync(path.join(ROOT, "docs", "socket-events.md"), path.join(copy, "docs", "socket-events.md"));
      fs.copyFileSync(path.join(ROOT, "protocol", "src", "json.ts"), path.join(copy, "protocol", "src", "json.ts"));
      const events = fs.readFileSync(path.join(ROOT, "protocol", "src", "socket-events.ts"), "utf8");
      fs.writeFileSync(path.join(copy, "protocol", "src", "socket-events.ts"), events);
      fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"));
      for (const config of PRETTIER_CONFIGS) fs.copyFileSync(path.join(ROOT, config), path.join(copy, config));
      // The unchanged copy is fresh, so the failure below is the rename's.
      expect(check(copy)).toBe(0);
      fs.writeFileSync(path.join(copy, "protocol", "src", "socket-events.ts"), events.replace('"group:removed"', '"group:gone"'));
      expect(check(copy)).toBe(1);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
