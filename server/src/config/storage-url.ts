import path from "node:path";
import { ConfigError } from "./config-error";

export type StorageConfig =
  | { kind: "local"; dir: string }
  | {
      kind: "s3";
      bucket: string;
      /** Prepended to every key ("" or ending in "/"), so several deployments can share a bucket. */
      prefix: string;
      region: string;
      /** A server other than AWS's (MinIO, Ceph, s3rver…), addressed path-style. */
      endpoint?: string;
      /** From the URL's user:password; otherwise the SDK's usual chain (AWS_ACCESS_KEY_ID…). */
      credentials?: { accessKeyId: string; secretAccessKey: string };
    };

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const PREFIX = /^[A-Za-z0-9._/-]{0,200}$/;
const REGION = /^[a-z0-9-]{1,40}$/;
const PARAMS = new Set(["endpoint", "region"]);

const fail = (problem: string) =>
  new ConfigError(`STORAGE_URL: ${problem}; expected s3://[key:secret@]bucket[/prefix]?endpoint=https://…&region=…, or unset for local disk`);

/** Unset: files under DATA_DIR/attachments. `s3://bucket?endpoint=…&region=…`: one S3 bucket. */
export function parseStorageUrl(raw: string | undefined, dataDir: string): StorageConfig {
  if (raw === undefined) return { kind: "local", dir: path.join(dataDir, "attachments") };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw fail("not a URL");
  }
  if (url.protocol !== "s3:") throw fail(`unsupported scheme "${url.protocol}"`);
  const bucket = url.hostname;
  if (!BUCKET.test(bucket)) throw fail(`"${bucket}" is not a bucket name (3–63 lower-case letters, digits, dots, dashes)`);
  if (url.port) throw fail("a bucket has no port (put it in endpoint=)");
  const prefixPath = decodeURIComponent(url.pathname).replace(/^\/+/, "");
  if (!PREFIX.test(prefixPath) || prefixPath.split("/").includes("..")) throw fail(`"${prefixPath}" is not a key prefix`);
  const prefix = prefixPath === "" || prefixPath.endsWith("/") ? prefixPath : `${prefixPath}/`;

  for (const name of url.searchParams.keys()) if (!PARAMS.has(name)) throw fail(`unknown parameter "${name}"`);
  const region = url.searchParams.get("region") ?? "us-east-1";
  if (!REGION.test(region)) throw fail(`"${region}" is not a region`);
  const endpoint = url.searchParams.get("endpoint") ?? undefined;
  if (endpoint !== undefined && !/^https?:\/\/[^/?#]+/.test(endpoint)) throw fail("endpoint must be an http:// or https:// URL");

  const accessKeyId = decodeURIComponent(url.username);
  const secretAccessKey = decodeURIComponent(url.password);
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) throw fail("credentials need both an access key and a secret (key:secret@)");
  const credentials = accessKeyId ? { accessKeyId, secretAccessKey } : undefined;
  return { kind: "s3", bucket, prefix, region, ...(endpoint ? { endpoint } : {}), ...(credentials ? { credentials } : {}) };
}
