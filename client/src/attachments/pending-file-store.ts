import { clear, createStore, del, get, keys, set, type UseStore } from "idb-keyval";

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
  clear(): Promise<void>;
}

/**
 * IndexedDB (through idb-keyval), one database per person so two accounts on one browser never see
 * each other's files. Blobs are stored as they are (IndexedDB keeps Blobs natively).
 */
export class IndexedDbPendingFileStore implements PendingFileStore {
  private readonly store: UseStore;

  constructor(userId: number) {
    this.store = createStore(`chat-pending-files-${userId}`, "files");
  }

  put(file: PendingFile): Promise<void> {
    return set(file.local_id, file, this.store);
  }

  get(localId: string): Promise<PendingFile | undefined> {
    return get<PendingFile>(localId, this.store);
  }

  delete(localId: string): Promise<void> {
    return del(localId, this.store);
  }

  async keys(): Promise<string[]> {
    return (await keys(this.store)).filter((key): key is string => typeof key === "string");
  }

  clear(): Promise<void> {
    return clear(this.store);
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

  clear(): Promise<void> {
    this.files.clear();
    return Promise.resolve();
  }
}

/** IndexedDB where the platform has it, else memory. */
export function defaultPendingFileStore(userId: number): PendingFileStore {
  return typeof indexedDB === "object" && indexedDB !== null ? new IndexedDbPendingFileStore(userId) : new MemoryPendingFileStore();
}
