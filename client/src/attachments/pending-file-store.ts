// Loaded on first use, by dynamic import: idb-keyval is an ES module, and the package is also
// compiled as CommonJS (Jest, Node); a static import would be a require() of it there.
const importIdbKeyval = () => import("idb-keyval");
type IdbKeyval = Awaited<ReturnType<typeof importIdbKeyval>>;
type UseStore = ReturnType<IdbKeyval["createStore"]>;
let idbKeyval: Promise<IdbKeyval> | undefined;
const loadIdbKeyval = () => (idbKeyval ??= importIdbKeyval());

/** A file picked for a message but not yet acknowledged with it, kept so a reload can still upload it. */
export interface PendingFile {
  local_id: string;
  blob: Blob;
  name: string;
  type: string;
  size: number;
}

/** Where pending files' bytes live between picking and the server's acknowledgement of their message. */
export interface PendingFileStore {
  put(file: PendingFile): Promise<void>;
  get(localId: string): Promise<PendingFile | undefined>;
  delete(localId: string): Promise<void>;
  keys(): Promise<string[]>;
}

/**
 * IndexedDB (through idb-keyval), one database per person so two accounts on one browser never see
 * each other's files. Blobs are stored as they are (IndexedDB keeps Blobs natively).
 */
export class IndexedDbPendingFileStore implements PendingFileStore {
  private opened: Promise<{ idb: IdbKeyval; store: UseStore }> | undefined;

  constructor(private readonly userId: number) {}

  async put(file: PendingFile): Promise<void> {
    const { idb, store } = await this.open();
    await idb.set(file.local_id, file, store);
  }

  async get(localId: string): Promise<PendingFile | undefined> {
    const { idb, store } = await this.open();
    return idb.get<PendingFile>(localId, store);
  }

  async delete(localId: string): Promise<void> {
    const { idb, store } = await this.open();
    await idb.del(localId, store);
  }

  async keys(): Promise<string[]> {
    const { idb, store } = await this.open();
    return (await idb.keys(store)).filter((key): key is string => typeof key === "string");
  }

  private open(): Promise<{ idb: IdbKeyval; store: UseStore }> {
    return (this.opened ??= loadIdbKeyval().then((idb) => ({ idb, store: idb.createStore(`chat-pending-files-${this.userId}`, "files") })));
  }
}

/** In memory: where there is no IndexedDB (Node, some embedded views); nothing survives a reload. */
export class MemoryPendingFileStore implements PendingFileStore {
  private readonly files = new Map<string, PendingFile>();

  put(file: PendingFile): Promise<void> {
    this.files.set(file.local_id, file);
    return Promise.resolve();
  }

  get(localId: string): Promise<PendingFile | undefined> {
    return Promise.resolve(this.files.get(localId));
  }

  delete(localId: string): Promise<void> {
    this.files.delete(localId);
    return Promise.resolve();
  }

  keys(): Promise<string[]> {
    return Promise.resolve([...this.files.keys()]);
  }
}

/** IndexedDB where the platform has it, else memory. */
export function defaultPendingFileStore(userId: number): PendingFileStore {
  const { indexedDB } = globalThis as { indexedDB?: unknown };
  return typeof indexedDB === "object" && indexedDB !== null ? new IndexedDbPendingFileStore(userId) : new MemoryPendingFileStore();
}
