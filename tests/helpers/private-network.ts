import { execFile, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Set in the jest run that `privateNetworkSuite` starts inside the namespace. */
export const IN_PRIVATE_NETWORK = process.env.CHAT_PRIVATE_NETWORK === "1";

const ROOT = path.resolve(__dirname, "..", "..");
const JEST = path.join(ROOT, "node_modules", "jest", "bin", "jest.js");

interface InnerResult {
  fullName: string;
  title: string;
  status: "passed" | "failed" | "pending" | "skipped" | "todo" | "disabled" | "focused";
  failureMessages: string[];
}

/**
 * Whether a private network namespace can be made here (root, or unprivileged user namespaces):
 * `unshare -rn` and `ip` to bring loopback up. Under CI a missing one is a failure, never a skip.
 */
export function privateNetworkAvailable(what: string): boolean {
  const probe = spawnSync("unshare", ["-rn", "sh", "-c", "ip link set lo up"], { encoding: "utf8" });
  if (probe.status === 0) return true;
  const why = (probe.error?.message ?? probe.stderr ?? "").trim() || `exit ${probe.status}`;
  if (process.env.CI === "true") throw new Error(`CI: ${what} must run in a private network namespace (unshare -rn, ip): ${why}`);
  console.warn(`\n${"!".repeat(78)}\n!! ${what.toUpperCase()} SKIPPED: no private network namespace here (unshare -rn: ${why})\n${"!".repeat(78)}\n`);
  return false;
}

/**
 * A veth pair with both ends inside the namespace: addresses that lead nowhere but the namespace.
 * Janus gathers no candidates on loopback alone, and Chromium with nothing but loopback believes
 * it is offline (`navigator.onLine` false, service worker updates put off).
 */
export const VETH_PAIR = [
  "ip link add veth0 type veth peer name veth1",
  "ip addr add 10.77.0.1/24 dev veth0",
  "ip addr add 10.77.0.2/24 dev veth1",
  "ip link set veth0 up",
  "ip link set veth1 up",
].join(" && ");

/**
 * Runs one test file's tests in a jest of their own inside a new network namespace holding only
 * loopback (plus what `setup` adds), so whatever they start — servers, browsers making WebRTC
 * calls, TURN, an SFU — can reach nothing beyond this machine and gathers only loopback
 * candidates. Outside, each of the file's tests is reported under its own name with the inner
 * failure; inside (`IN_PRIVATE_NETWORK`), the file declares its real tests under the same names.
 */
export function reportFromPrivateNetwork(options: { file: string; names: readonly string[]; setup?: string; timeoutMs: number }): void {
  let results: InnerResult[] = [];
  let log = "";
  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "private-network-"));
    const output = path.join(dir, "results.json");
    const setup = ["ip link set lo up", ...(options.setup ? [options.setup] : [])].join(" && ");
    // The inner run's totals are not added to CI's summary: each test counts once, out here.
    const { TEST_SUMMARY_FILE: _summary, ...env } = process.env;
    const args = [
      JEST,
      "--config",
      path.join(ROOT, "tests", "jest.config.js"),
      "--runTestsByPath",
      options.file,
      "--json",
      `--outputFile=${output}`,
      "--ci",
    ];
    await new Promise<void>((resolve) => {
      execFile(
        "unshare",
        ["-rn", "sh", "-c", `${setup} && exec "$0" "$@"`, process.execPath, ...args],
        { cwd: ROOT, env: { ...env, CHAT_PRIVATE_NETWORK: "1" }, timeout: options.timeoutMs, maxBuffer: 32 * 1024 * 1024 },
        (error, stdout, stderr) => {
          log = `${error ? `${error.message}\n` : ""}${stdout}${stderr}`;
          resolve();
        },
      );
    });
    if (fs.existsSync(output)) {
      const report = JSON.parse(fs.readFileSync(output, "utf8")) as { testResults: Array<{ assertionResults: InnerResult[] }> };
      results = report.testResults.flatMap((file) => file.assertionResults);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }, options.timeoutMs + 10_000);

  for (const name of options.names) {
    it(name, () => {
      const result = results.find((inner) => inner.title === name);
      if (!result) throw new Error(`"${name}" did not report from the private network. Its jest run said:\n${log.slice(-8000)}`);
      if (result.status !== "passed") throw new Error(`${result.status} inside the private network:\n${result.failureMessages.join("\n")}`);
    });
  }
}
