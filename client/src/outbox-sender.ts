import { ApiError, messageTarget } from "./api";
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
    try {
      const { message } = await this.connection.action("message:send", {
        ...messageTarget(entryKey(entry)),
        message_content: entry.message_content,
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
}
