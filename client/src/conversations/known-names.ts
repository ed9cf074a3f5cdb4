/** Names of people (or groups) this person has seen, kept across reloads in localStorage. */
export class KnownNames {
  private readonly names: Map<number, string>;

  constructor(private readonly key: string) {
    let entries: unknown = [];
    try {
      entries = JSON.parse(localStorage.getItem(key) ?? "[]");
    } catch {
      entries = [];
    }
    this.names = new Map(Array.isArray(entries) ? (entries as [number, string][]) : []);
  }

  get(id: number): string | undefined {
    return this.names.get(id);
  }

  set(id: number, name: string): void {
    if (this.names.get(id) === name) return;
    this.names.set(id, name);
    try {
      localStorage.setItem(this.key, JSON.stringify([...this.names].slice(-500)));
    } catch {
      // Not essential.
    }
  }
}
