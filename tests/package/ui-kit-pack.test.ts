/**
 * The published shape of @chat-app/ui-kit, proven rather than assumed: `npm pack` the built kit,
 * install the tarball into a scratch project in a temp folder (with the peers at the versions in
 * the root lockfile, from npm's cache), then in a child `node` process import components as ESM
 * and render them with react-dom/server, and type-check an import with NodeNext resolution.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const repo = resolve(__dirname, "../..");
const kitDir = join(repo, "ui-kit");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

jest.setTimeout(180_000);

function lockedVersion(name: string): string {
  const lock = JSON.parse(readFileSync(join(repo, "package-lock.json"), "utf8")) as {
    packages: Record<string, { version?: string }>;
  };
  const version = lock.packages[`node_modules/${name}`]?.version;
  if (!version) throw new Error(`${name} is not in the root package-lock.json`);
  return version;
}

function run(cmd: string, args: string[], cwd: string): string {
  try {
    return execFileSync(cmd, args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" },
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(" ")} failed in ${cwd}\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
  }
}

describe("@chat-app/ui-kit package", () => {
  let work: string;
  let tarball: string;
  let packedFiles: string[];

  beforeAll(() => {
    if (!existsSync(join(kitDir, "dist/index.js")) || !existsSync(join(kitDir, "dist/index.d.ts"))) {
      run(npm, ["run", "build"], kitDir);
    }
    work = mkdtempSync(join(tmpdir(), "ui-kit-pack-"));
    const out = run(npm, ["pack", "--json", "--pack-destination", work], kitDir);
    const [info] = JSON.parse(out.slice(out.indexOf("["))) as Array<{ filename: string; files: Array<{ path: string }> }>;
    if (!info) throw new Error(`npm pack printed no result: ${out}`);
    tarball = join(work, info.filename);
    packedFiles = info.files.map((f) => f.path);
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("packs only the build: ESM entry, types, one file per module, no sources or tests", () => {
    expect(packedFiles).toEqual(expect.arrayContaining(["package.json", "dist/index.js", "dist/index.d.ts"]));
    expect(packedFiles).toContain("dist/organisms/MessageList/MessageList.js");
    expect(packedFiles).toContain("dist/atoms/Button/Button.js");
    expect(packedFiles.filter((f) => /^src\/|\.test\.|\.stories\.|\.demo\./.test(f))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(kitDir, "package.json"), "utf8"));
    expect(manifest).toMatchObject({
      name: "@chat-app/ui-kit",
      type: "module",
      sideEffects: false,
      exports: { ".": { types: "./dist/index.d.ts", import: "./dist/index.js" } },
    });
    expect(Object.keys(manifest.peerDependencies).sort()).toEqual(["react", "react-dom", "styled-components"]);
  });

  it("installs into a scratch project, imports as ESM and renders with react-dom/server", () => {
    const app = join(work, "scratch");
    execFileSync("mkdir", ["-p", app]);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "scratch", private: true, type: "module" }));
    run(
      npm,
      [
        "install",
        "--no-audit",
        "--no-fund",
        "--prefer-offline",
        "--ignore-scripts",
        "--no-package-lock",
        tarball,
        `react@${lockedVersion("react")}`,
        `react-dom@${lockedVersion("react-dom")}`,
        `styled-components@${lockedVersion("styled-components")}`,
        `@types/react@${lockedVersion("@types/react")}`,
      ],
      app,
    );
    writeFileSync(
      join(app, "render.mjs"),
      `
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { ChatThemeProvider, MessageBubble, Badge, LoginForm, darkTheme } from '@chat-app/ui-kit';

const sheet = new ServerStyleSheet();
const html = renderToString(sheet.collectStyles(
  h(ChatThemeProvider, { theme: 'dark' },
    h(MessageBubble, { own: true, message: { id: 1, authorId: 'me', text: '<b>hi</b> https://example.com', timestamp: 0, status: 'failed' }, onRetry() {} }),
    h(Badge, { count: 500 }),
    h(LoginForm, { onSubmit() {}, onRegister() {} }),
  ),
));
const css = sheet.getStyleTags();
sheet.seal();
console.log(JSON.stringify({ html, hasDarkCss: css.includes(darkTheme.colors.surface), hasWindow: typeof window !== 'undefined' }));
`,
    );
    const result = JSON.parse(run(process.execPath, ["render.mjs"], app).trim()) as {
      html: string;
      hasDarkCss: boolean;
      hasWindow: boolean;
    };
    expect(result.hasWindow).toBe(false);
    expect(result.hasDarkCss).toBe(true);
    expect(result.html).toContain("&lt;b&gt;hi&lt;/b&gt;");
    expect(result.html).toContain('href="https://example.com/"');
    expect(result.html).toContain("Retry");
    expect(result.html).toContain("99+");
    expect(result.html).toContain("Create an account");

    // The published types resolve for a NodeNext (strict ESM) consumer and are precise.
    writeFileSync(
      join(app, "check.ts"),
      `
import { MessageBubble, lightTheme, type ChatMessage, type MessageBubbleProps } from '@chat-app/ui-kit';
const message: ChatMessage = { id: 1, authorId: 'a', text: 'x', timestamp: new Date() };
const props: MessageBubbleProps = { message, own: true };
// @ts-expect-error not a delivery status
const bad: ChatMessage = { ...message, status: 'lost' };
export { MessageBubble, props, bad, lightTheme };
`,
    );
    const tsc = join(repo, "node_modules/typescript/bin/tsc");
    run(
      process.execPath,
      [
        tsc,
        "--noEmit",
        "--strict",
        "--module",
        "nodenext",
        "--moduleResolution",
        "nodenext",
        "--jsx",
        "react-jsx",
        "--skipLibCheck",
        "--target",
        "es2022",
        "check.ts",
      ],
      app,
    );
  });
});
