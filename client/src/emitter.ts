type Listener = (...args: never[]) => void;

/**
 * A minimal typed event emitter (the client runs in browsers and in Node tests alike) that can also
 * be watched as a whole: `subscribe` hears every event, and `version` grows with each, which is
 * what a view store (`useSyncExternalStore`) needs to know whether to read again.
 */
export class Emitter<Events extends Record<string, unknown[]>> {
  private readonly listeners = new Map<keyof Events, Set<Listener>>();
  private readonly watchers = new Set<() => void>();
  private emitted = 0;

  on<E extends keyof Events>(event: E, listener: (...args: Events[E]) => void): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    const stored = listener as unknown as Listener;
    set.add(stored);
    return () => set.delete(stored);
  }

  /** Calls `watcher` after every event; returns the unsubscribe. */
  subscribe(watcher: () => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  /** Grows by one with every event emitted. */
  get version(): number {
    return this.emitted;
  }

  protected emit<E extends keyof Events>(event: E, ...args: Events[E]): void {
    this.emitted += 1;
    for (const listener of [...(this.listeners.get(event) ?? [])]) (listener as unknown as (...args: Events[E]) => void)(...args);
    for (const watcher of [...this.watchers]) watcher();
  }
}
