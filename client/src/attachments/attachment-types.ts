import type { UploadFailure } from "./upload-failure";

/** A file of an outbox entry or a composer draft, as persisted (its bytes are in the PendingFileStore). */
export interface OutboxAttachment {
  local_id: string;
  name: string;
  size: number;
  type: string;
  /** Set once the upload finished: a reload then sends this id instead of uploading again. */
  attachment_id?: number;
}

export type PendingAttachmentStatus = "uploading" | "uploaded" | "failed";

/**
 * A pending file as a view shows it: the shape of the ui-kit's `PendingAttachment` (so the app can
 * pass it straight through), plus what the client knows besides. `previewUrl` is the app's to set
 * (an object URL of `ChatClient.pendingFile(id)`).
 */
export interface PendingAttachment {
  /** The local id. */
  id: string;
  name: string;
  size: number;
  type: string;
  previewUrl?: string;
  status: PendingAttachmentStatus;
  /** 0–1 of the upload sent. */
  progress?: number;
  /** The failure, as the server (or the network) said it. */
  error?: string;
  failure?: UploadFailure;
  attachment_id?: number;
}

const isString = (value: unknown): value is string => typeof value === "string";

/** Whether a persisted value is usable as an OutboxAttachment (storage is not trusted). */
export function isOutboxAttachment(value: unknown): value is OutboxAttachment {
  if (!value || typeof value !== "object") return false;
  const a = value as Record<string, unknown>;
  const idOk = a.attachment_id === undefined || (typeof a.attachment_id === "number" && Number.isSafeInteger(a.attachment_id) && a.attachment_id > 0);
  return isString(a.local_id) && isString(a.name) && isString(a.type) && typeof a.size === "number" && idOk;
}
