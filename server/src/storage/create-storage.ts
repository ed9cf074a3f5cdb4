import { S3Client } from "@aws-sdk/client-s3";
import type { StorageConfig } from "../config/storage-url";
import { LocalDiskStorage } from "./local-disk-storage";
import { S3Storage } from "./s3-storage";
import type { Storage } from "./storage";

/** The storage STORAGE_URL names: local disk under DATA_DIR unless it points at an S3 bucket. */
export function createStorage(config: StorageConfig): Storage {
  if (config.kind === "local") return new LocalDiskStorage(config.dir);
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.endpoint !== undefined,
    // Without credentials in the URL the SDK's usual chain answers (AWS_ACCESS_KEY_ID, profiles, roles).
    credentials: config.credentials,
    // Servers other than AWS's own often refuse the SDK's default flexible checksums.
    ...(config.endpoint ? { requestChecksumCalculation: "WHEN_REQUIRED", responseChecksumValidation: "WHEN_REQUIRED" } : {}),
  });
  return new S3Storage(client, config.bucket, config.prefix);
}
