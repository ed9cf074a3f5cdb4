/**
 * The benchmark suite runs end to end on tiny sizes and produces numbers. No timing assertions here:
 * timings belong in docs/benchmarks.md (`npm run bench`), never in `npm test` on a shared machine.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { e2eAvailability } from "../e2e/browser";

const ROOT = path.resolve(__dirname, "..", "..");

describe("npm run bench (tiny sizes)", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "bench-smoke-"));
  let result: Record<string, number | boolean | string | null>;
  let markdown: string;

  beforeAll(() => {
    execFileSync(process.execPath, [path.join(ROOT, "bench", "run.mjs"), "--tiny", "--no-build", "--out", out], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "pipe"],
      timeout: 170_000,
    });
    result = JSON.parse(fs.readFileSync(path.join(out, "benchmarks.json"), "utf8"));
    markdown = fs.readFileSync(path.join(out, "benchmarks.md"), "utf8");
  }, 180_000);

  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it("writes the flat JSON with every key the issue names", () => {
    for (const key of [
      "latency_p99_ms",
      "relay_latency_p99_ms",
      "latency_p99_ratio",
      "throughput_msgs_per_s",
      "relay_throughput_msgs_per_s",
      "throughput_ratio",
      "memory_per_connection_kb",
      "history_page_p99_ms",
      "conversations_list_ms",
      "message_list_mount_ms",
      "ui_kit_gzip_kb",
      "app_js_gzip_kb",
      "quick",
      "clients",
    ]) {
      expect(result).toHaveProperty(key);
    }
    expect(result.quick).toBe(true);
  });

  it("measures the server and the relay with no message lost", () => {
    for (const key of ["latency_p99_ms", "relay_latency_p99_ms", "throughput_msgs_per_s", "relay_throughput_msgs_per_s"]) {
      expect(typeof result[key]).toBe("number");
      expect(result[key] as number).toBeGreaterThan(0);
    }
    // A few dozen sockets move RSS less than its own noise: only a number is expected at this size.
    expect(Number.isFinite(result.memory_per_connection_kb)).toBe(true);
    expect(result.latency_lost).toBe(0);
    expect(result.throughput_lost).toBe(0);
  });

  it("measures attachment uploads, thumbnails and the server's RSS while uploads stream", () => {
    for (const key of ["upload_1_mb_per_s", "upload_10_concurrent_mb_per_s", "thumbnail_12mp_ms", "photo_12mp_upload_ms", "upload_rss_peak_mb"]) {
      expect(typeof result[key]).toBe("number");
      expect(result[key] as number).toBeGreaterThan(0);
    }
    expect(Number.isFinite(result.upload_rss_growth_mb)).toBe(true);
    expect(markdown).toContain("## 5b. Attachments");
  });

  // Needs Chromium and the built app, like the browser tests (required under CI: REQUIRE_E2E=1).
  (e2eAvailability().run ? it : it.skip)("measures a video call's set-up time in Chromium, invite to first remote frame", () => {
    expect(typeof result.call_setup_p50_ms).toBe("number");
    expect(result.call_setup_p50_ms as number).toBeGreaterThan(0);
    expect(result.call_setup_p95_ms as number).toBeGreaterThanOrEqual(result.call_setup_p50_ms as number);
    expect(markdown).toContain("## 5c. Issue 17: a video call's set-up time");
  });

  it("exports a whole history over REST and reads the server's RSS meanwhile", () => {
    expect(result.export_messages).toBe(2000);
    for (const key of ["export_total_ms", "export_server_rss_peak_mb"]) {
      expect(typeof result[key]).toBe("number");
      expect(result[key] as number).toBeGreaterThan(0);
    }
    expect(Number.isFinite(result.export_server_rss_growth_mb)).toBe(true);
    expect(markdown).toContain("## 5f. Issue 19: exporting a person's whole history");
  });

  it("measures history and writes, and shows the page query's plan", () => {
    for (const key of ["history_page_p99_ms", "conversations_list_ms", "writes_orm_per_s", "writes_raw_per_s"]) {
      expect(typeof result[key]).toBe("number");
    }
    expect(markdown).toContain("EXPLAIN QUERY PLAN");
    expect(markdown).toMatch(/USING INDEX idx_messages_pair/);
    expect(markdown).toContain(os.cpus().length.toString());
  });

  it("measures a reply with a mention against a plain send, through the service and over a socket", () => {
    for (const key of ["writes_reply_mention_cost_ratio", "send_path_reply_mention_cost_ratio", "send_path_plain_server_cpu_us"]) {
      expect(typeof result[key]).toBe("number");
      expect(result[key] as number).toBeGreaterThan(0);
    }
    expect(markdown).toContain("## 5a. Issue 16: the send path");
    expect(markdown).toContain("all delivered: yes");
  });
});
