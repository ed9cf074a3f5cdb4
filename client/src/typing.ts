import { type ConversationKey, isGroupKey, keyId } from "./keys";

export interface TypingOptions {
  /** At most one `typing:start` per conversation this often while the person keeps typing. */
  throttleMs: number;
  /** After this long without a keystroke, `typing:stop` goes by itself. */
  idleMs: number;
  /** Someone's indicator goes out by itself this long after their last start. */
  expiryMs: number;
  /** Sends `typing:start` / `typing:stop` for this conversation (dropped while offline). */
  send(event: "typing:start" | "typing:stop", key: ConversationKey): void;
  /** Whether this conversation can be written to (not a group I left). */
  reachable(key: ConversationKey): boolean;
  /** Someone's indicator came or went. */
  changed(key: ConversationKey, userId: number, typing: boolean): void;
}

const NO_TYPISTS: readonly number[] = Object.freeze([]);

/** Both directions of typing: my keystrokes (throttled starts, idle stops) and who types to me. */
export class Typing {
  private readonly sent = new Map<ConversationKey, { at: number; idle: ReturnType<typeof setTimeout> }>();
  /** Who is typing where: each typist's expiry timer, in the order they started. */
  private readonly from = new Map<ConversationKey, Map<number, ReturnType<typeof setTimeout>>>();
  /** `typists` answers, kept until that conversation's typists change. */
  private readonly lists = new Map<ConversationKey, readonly number[]>();
  /** `everywhere`'s answer, kept until anyone's typing changes. */
  private snapshot: ReadonlyMap<ConversationKey, readonly number[]> | null = null;

  constructor(private readonly options: TypingOptions) {}

  /** A keystroke in this conversation's composer. */
  keystroke(key: ConversationKey): void {
    if (!this.options.reachable(key)) return;
    const now = Date.now();
    const sent = this.sent.get(key);
    if (sent) clearTimeout(sent.idle);
    const at = !sent || now - sent.at >= this.options.throttleMs ? now : sent.at;
    if (at === now) this.options.send("typing:start", key);
    const idle = setTimeout(() => this.stop(key), this.options.idleMs);
    this.sent.set(key, { at, idle });
  }

  /** I stopped typing here: `typing:stop` if a start went out. */
  stop(key: ConversationKey): void {
    if (!this.forgetMine(key)) return;
    this.options.send("typing:stop", key);
  }

  /** Someone else started or stopped typing here (or their indicator expired). */
  set(key: ConversationKey, userId: number, typing: boolean): void {
    const typists = this.from.get(key);
    const timer = typists?.get(userId);
    if (timer) clearTimeout(timer);
    if (typing) {
      if (!this.options.reachable(key)) return;
      // A lost stop never sticks: without a new start the indicator goes out by itself.
      const expiry = setTimeout(() => this.set(key, userId, false), this.options.expiryMs);
      if (typists) typists.set(userId, expiry);
      else this.from.set(key, new Map([[userId, expiry]]));
      if (timer) return;
    } else {
      if (!timer) return;
      typists!.delete(userId);
      if (typists!.size === 0) this.from.delete(key);
    }
    this.lists.delete(key);
    this.snapshot = null;
    this.options.changed(key, userId, typing);
  }

  /** Everyone's indicators go out (the connection dropped: nothing more will arrive). */
  clearOthers(key?: ConversationKey): void {
    const keys = key === undefined ? [...this.from.keys()] : [key];
    for (const k of keys) for (const userId of this.typists(k)) this.set(k, userId, false);
  }

  /** Forgets my typing in this conversation without telling anyone (I left the group). */
  forgetMine(key: ConversationKey): boolean {
    const sent = this.sent.get(key);
    if (!sent) return false;
    clearTimeout(sent.idle);
    this.sent.delete(key);
    return true;
  }

  /** The partner of a direct chat, or in a group this member (or anyone, without one). */
  isTyping(key: ConversationKey, userId?: number): boolean {
    const typists = this.from.get(key);
    if (!typists) return false;
    if (userId !== undefined) return typists.has(userId);
    return isGroupKey(key) ? typists.size > 0 : typists.has(keyId(key));
  }

  /** Who is typing here now, in the order they started (the same array until that changes). */
  typists(key: ConversationKey): readonly number[] {
    const typists = this.from.get(key);
    if (!typists) return NO_TYPISTS;
    let list = this.lists.get(key);
    if (!list) this.lists.set(key, (list = Object.freeze([...typists.keys()])));
    return list;
  }

  /** Every conversation someone types in now, with who (the same map until that changes). */
  everywhere(): ReadonlyMap<ConversationKey, readonly number[]> {
    this.snapshot ??= new Map([...this.from.keys()].map((key) => [key, this.typists(key)]));
    return this.snapshot;
  }

  close(): void {
    for (const { idle } of this.sent.values()) clearTimeout(idle);
    for (const typists of this.from.values()) for (const timer of typists.values()) clearTimeout(timer);
    this.sent.clear();
    this.from.clear();
    this.lists.clear();
    this.snapshot = null;
  }
}
