export type AvatarSize = "small" | "large";

export interface AvatarLoaderOptions {
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
  /** Defaults to `URL.createObjectURL` / `URL.revokeObjectURL` (injected by tests). */
  createObjectUrl?: (blob: Blob) => string;
  revokeObjectUrl?: (url: string) => void;
}

interface Entry {
  users: number;
  /** `undefined` while loading, `null` when there is no picture (404, network failure). */
  objectUrl: string | null | undefined;
  listeners: Set<(objectUrl: string | null) => void>;
  abort: AbortController;
}

/** `avatar_url` with the rendition asked for: the server's URL already carries `?v=`. */
export function avatarRequestUrl(avatarUrl: string, size: AvatarSize): string {
  return `${avatarUrl}${avatarUrl.includes("?") ? "&" : "?"}size=${size}`;
}

/**
 * Avatars need the bearer token, so an `<img src>` cannot fetch them: this fetches each once,
 * hands out a blob URL, and revokes it when the last user lets go (`retain` → release).
 */
export class AvatarLoader {
  private readonly entries = new Map<string, Entry>();
  private readonly fetchImpl: typeof fetch;
  private readonly create: (blob: Blob) => string;
  private readonly revoke: (url: string) => void;

  constructor(private readonly options: AvatarLoaderOptions) {
    this.fetchImpl = options.fetch ?? ((...args) => fetch(...args));
    this.create = options.createObjectUrl ?? ((blob) => URL.createObjectURL(blob));
    this.revoke = options.revokeObjectUrl ?? ((url) => URL.revokeObjectURL(url));
  }

  /** The blob URL already loaded for `url` (`null`: none; `undefined`: not yet). */
  peek(url: string): string | null | undefined {
    return this.entries.get(url)?.objectUrl;
  }

  /** Starts (or shares) the load of `url`; `onReady` hears the result once. Call the returned function when done with it. */
  retain(url: string, onReady: (objectUrl: string | null) => void): () => void {
    let entry = this.entries.get(url);
    if (!entry) {
      entry = { users: 0, objectUrl: undefined, listeners: new Set(), abort: new AbortController() };
      this.entries.set(url, entry);
      void this.load(url, entry);
    }
    entry.users += 1;
    const listener = (objectUrl: string | null) => onReady(objectUrl);
    if (entry.objectUrl !== undefined) onReady(entry.objectUrl);
    else entry.listeners.add(listener);
    let released = false;
    const held = entry;
    return () => {
      if (released) return;
      released = true;
      held.listeners.delete(listener);
      held.users -= 1;
      if (held.users > 0) return;
      this.entries.delete(url);
      held.abort.abort();
      if (held.objectUrl) this.revoke(held.objectUrl);
    };
  }

  /** Revokes every blob URL (log-out). */
  close(): void {
    for (const entry of this.entries.values()) {
      entry.abort.abort();
      if (entry.objectUrl) this.revoke(entry.objectUrl);
    }
    this.entries.clear();
  }

  private async load(url: string, entry: Entry): Promise<void> {
    let objectUrl: string | null = null;
    try {
      const response = await this.fetchImpl(this.options.baseUrl + url, {
        headers: { Authorization: `Bearer ${this.options.token}` },
        signal: entry.abort.signal,
      });
      if (response.ok) objectUrl = this.create(await response.blob());
    } catch {
      objectUrl = null;
    }
    if (this.entries.get(url) !== entry) {
      // Let go of while loading: nobody will revoke it later.
      if (objectUrl) this.revoke(objectUrl);
      return;
    }
    entry.objectUrl = objectUrl;
    for (const listener of entry.listeners) listener(objectUrl);
    entry.listeners.clear();
  }
}
