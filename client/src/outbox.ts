import { isOutboxAttachment, type OutboxAttachment } from "./attachments/attachment-types";
import { type ConversationKey, groupKey, userKey } from "./keys";
import { type SendFailure, sendFailureOf } from "./send-failure";
import type { KeyValueStorage } from "./types";

/** A message to a person (`receiver_id`) or to a group (`group_id`): exactly one of the two. */
export type OutboxEntry = OutboxEntryBase & ({ receiver_id: number; group_id?: undefined } | { group_id: number; receiver_id?: undefined });

interface OutboxEntryBase {
  client_id: string;
  /** May be empty when the entry carries attachments. */
  message_content: string;
  /** Files sent with the message: uploaded first (each keeps its id once uploaded), then sent by id. */
  attachments?: OutboxAttachment[];
  /** The message this one answers (same conversation); sent with it, also after a reload or a retry. */
  reply_to_id?: number;
  /** Epoch ms when the person pressed send: the order the outbox retries in. */
  created_at: number;
  /** Set when the server refused it for good (validation, unknown receiver); kept until retried or dropped. */
  failed?: string;
  /**
   * Why the last attempt was refused: with `failed`, the permanent reason; without it, a retryable
   * one (throttled, server error) while the entry stays queued and is tried again by itself.
   */
  failure?: SendFailure;
}

/**
 * Messages typed but not yet acknowledged by the server, persisted on every change so a reload, a
 * crash of the tab or a restart of the server loses nothing; retried with the same client_id, so a
 * retry of a message the server did store is answered with the original instead of a duplicate.
 */
export class Outbox {
  private entries: OutboxEntry[];

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly key: string,
  ) {
    this.entries = Outbox.read(storage, key);
  }

  /**
   * The persisted entries; ones written before groups have only `receiver_id` and load as they
   * are. Anything unusable (not addressed to anyone, no client_id) is left out rather than retried.
   */
  private static read(storage: KeyValueStorage, key: string): OutboxEntry[] {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(key) ?? "[]");
      return Array.isArray(parsed) ? parsed.filter(isEntry).map(withFailure) : [];
    } catch {
      return [];
    }
  }

  all(): readonly OutboxEntry[] {
    return this.entries;
  }

  pending(): OutboxEntry[] {
    return this.entries.filter((entry) => !entry.failed);
  }

  add(entry: OutboxEntry): void {
    this.entries = [...this.entries, entry];
    this.save();
  }

  remove(clientId: string): void {
    this.entries = this.entries.filter((entry) => entry.client_id !== clientId);
    this.save();
  }

  /** Refused for good: out of the queue until retried by hand or dropped. */
  markFailed(clientId: string, failure: SendFailure): void {
    this.update(clientId, { failed: failure.message, failure });
  }

  /** Refused for now: stays queued, and the reason is kept to be shown until it goes through. */
  noteFailure(clientId: string, failure: SendFailure): void {
    this.update(clientId, { failure });
  }

  /** One of the entry's files finished uploading; false when no entry holds it. */
  uploaded(localId: string, attachmentId: number): boolean {
    const entry = this.entries.find((e) => e.attachments?.some((file) => file.local_id === localId));
    if (!entry) return false;
    const attachments = entry.attachments!.map((file) => (file.local_id === localId ? { ...file, attachment_id: attachmentId } : file));
    this.update(entry.client_id, { attachments });
    return true;
  }

  clearFailure(clientId: string): void {
    this.update(clientId, { failed: undefined, failure: undefined });
  }

  private update(clientId: string, change: Partial<OutboxEntryBase>): void {
    this.entries = this.entries.map((entry) => (entry.client_id === clientId ? { ...entry, ...change } : entry));
    this.save();
  }

  private save(): void {
    this.storage.setItem(this.key, JSON.stringify(this.entries));
  }
}

const isId = (value: unknown): value is number => typeof value === "number" && Number.isSafeInteger(value) && value > 0;

function isEntry(value: unknown): value is OutboxEntry {
  if (!value || typeof value !== "object") return false;
  const entry = value as Record<string, unknown>;
  if (typeof entry.client_id !== "string" || typeof entry.message_content !== "string" || typeof entry.created_at !== "number") return false;
  if (entry.reply_to_id !== undefined && !isId(entry.reply_to_id)) return false;
  if (entry.attachments !== undefined && !(Array.isArray(entry.attachments) && entry.attachments.every(isOutboxAttachment))) return false;
  return isId(entry.group_id) ? entry.receiver_id == null : isId(entry.receiver_id) && entry.group_id == null;
}

/**
 * A persisted failure is trusted only as far as its shape: entries failed before reasons were kept
 * (a `failed` text only) get one read from that text, as permanent.
 */
function withFailure(entry: OutboxEntry): OutboxEntry {
  const failure = entry.failure as Partial<SendFailure> | undefined;
  const valid = failure && typeof failure.reason === "string" && typeof failure.retryable === "boolean" && typeof failure.message === "string";
  if (valid) return entry;
  if (!entry.failed) return { ...entry, failure: undefined };
  // Only 4xx refusals were ever marked failed.
  const read = sendFailureOf(typeof failure?.status === "number" ? failure.status : 400, entry.failed);
  return { ...entry, failure: { ...read, retryable: false } };
}

/** The conversation an entry belongs to. */
export function entryKey(entry: OutboxEntry): ConversationKey {
  return typeof entry.group_id === "number" ? groupKey(entry.group_id) : userKey(entry.receiver_id);
}
