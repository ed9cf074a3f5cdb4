import { ApiError, messageTarget } from "./api";
import type { OutboxAttachment } from "./attachments/attachment-types";
import { UploadError } from "./attachments/upload-failure";
import { sendFailureOfUpload } from "./attachments/upload-send-failure";
import type { Connection } from "./connection";
import { entryKey, type Outbox, type OutboxEntry } from "./outbox";
import { sendFailureFromError } from "./send-failure";
import type { MessageJson } from "./types";

/**
 * Sends queued messages one at a time, oldest first, each waiting for its acknowledgement: the
 * server stores a person's messages in the order they were typed, and a reconnect never floods it.
 */
export class OutboxSender {
  private draining = false;

  constructor(
    private readonly outbox: Outbox,
    private readonly connection: Connection,
    /** The server stored one (its acknowledgement carries the message). */
    private readonly stored: (message: MessageJson) => void,
    /** The server refused one for good: it stays in the outbox, marked failed. */
    private readonly failed: () => void,
    /** A file's attachment id, uploading it first when it has none yet (several at once). */
    private readonly upload: (file: OutboxAttachment) => Promise<number> = () => Promise.reject(new Error("no uploader")),
  ) {}

  flush(): void {
    if (this.draining || !this.connection.connected) return;
    this.draining = true;
    void (async () => {
      try {
        for (let entry = this.outbox.pending()[0]; entry && this.connection.connected; entry = this.outbox.pending()[0]) {
          if (!(await this.deliver(entry))) return; // no answer or a transient refusal: the retry timer resumes
        }
      } finally {
        this.draining = false;
      }
    })();
  }

  /** True when the entry left the queue (stored, or refused for good). */
  private async deliver(entry: OutboxEntry): Promise<boolean> {
    const files = entry.attachments ?? [];
    let attachmentIds: number[] | undefined;
    if (files.length > 0) {
      const uploaded = await this.uploadAll(entry, files);
      if (typeof uploaded === "boolean") return uploaded;
      attachmentIds = uploaded;
      // Discarded (or failed by hand) while its files uploaded: nothing to send.
      if (!this.outbox.pending().some((e) => e.client_id === entry.client_id)) return true;
    }
    try {
      const { message } = await this.connection.action("message:send", {
        ...messageTarget(entryKey(entry)),
        ...(files.length === 0 || entry.message_content.trim() !== "" ? { message_content: entry.message_content } : {}),
        ...(attachmentIds ? { attachment_ids: attachmentIds } : {}),
        ...(entry.reply_to_id !== undefined ? { reply_to_id: entry.reply_to_id } : {}),
        client_id: entry.client_id,
      });
      this.stored(message);
      return true;
    } catch (error) {
      if (!(error instanceof ApiError)) return false; // no answer in time (connection lost mid-send): goes again with the same id
      const failure = sendFailureFromError(error);
      if (failure.retryable) {
        // Throttled or a server error: it stays queued and goes again with the same id; the reason is shown meanwhile.
        this.outbox.noteFailure(entry.client_id, failure);
        this.failed();
        return false;
      }
      this.outbox.markFailed(entry.client_id, failure);
      this.failed();
      return true;
    }
  }

  /**
   * Every file's attachment id, in the entry's order, or what `deliver` answers when one did not
   * upload: false to try again later (the reason noted when there was one), true when refused for good.
   */
  private async uploadAll(entry: OutboxEntry, files: readonly OutboxAttachment[]): Promise<number[] | boolean> {
    const results = await Promise.allSettled(files.map((file) => this.upload(file)));
    const ids: number[] = [];
    for (const [index, result] of results.entries()) {
      if (result.status === "fulfilled") {
        ids.push(result.value);
        continue;
      }
      if (!(result.reason instanceof UploadError)) return false;
      const { reason } = result.reason.failure;
      // No answer, or stopped here (the client closed; a discarded entry is gone anyway): as an unanswered send.
      if (reason === "network" || reason === "cancelled") return false;
      const failure = sendFailureOfUpload(result.reason.failure, files[index]!.name);
      if (failure.retryable) this.outbox.noteFailure(entry.client_id, failure);
      else this.outbox.markFailed(entry.client_id, failure);
      this.failed();
      return !failure.retryable;
    }
    return ids;
  }
}
