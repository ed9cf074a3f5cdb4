import type { KeyValueStorage } from "./types";

export interface OutboxEntry {
  client_id: string;
  receiver_id: number;
  message_content: string;
  /** Epoch ms when the person pressed send: the order the outbox retries in. */
  created_at: number;
  /** Set when the server refused it for good (validation, unknown receiver); kept until retried or dropped. */
  failed?: string;
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

  private static read(storage: KeyValueStorage, key: string): OutboxEntry[] {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(key) ?? "[]");
      return Array.isArray(parsed) ? (parsed as OutboxEntry[]) : [];
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

  markFailed(clientId: string, reason: string): void {
    this.entries = this.entries.map((entry) => (entry.client_id === clientId ? { ...entry, failed: reason } : entry));
    this.save();
  }

  clearFailure(clientId: string): void {
    this.entries = this.entries.map((entry) => (entry.client_id === clientId ? { ...entry, failed: undefined } : entry));
    this.save();
  }

  private save(): void {
    this.storage.setItem(this.key, JSON.stringify(this.entries));
  }
}
