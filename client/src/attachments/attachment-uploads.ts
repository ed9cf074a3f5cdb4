import type { AttachmentJson } from "@chat-app/protocol";
import type { OutboxAttachment, PendingAttachment } from "./attachment-types";
import { limiter } from "./limit";
import type { PendingFile, PendingFileStore } from "./pending-file-store";
import { CANCELLED, MISSING, type UploadFailure, UploadError } from "./upload-failure";

interface UploadState {
  status: "uploading" | "uploaded" | "failed";
  progress: number;
  failure?: UploadFailure;
}

export interface AttachmentUploadsOptions {
  files: PendingFileStore;
  /** Uploads one file; rejects with an UploadError. */
  upload: (file: PendingFile, onProgress: (fraction: number) => void, signal: AbortSignal) => Promise<AttachmentJson>;
  /** A file finished uploading: record its id wherever it is referenced (persisted). */
  uploaded: (localId: string, attachmentId: number) => void;
  /** Some file's state changed (progress, done, failed, forgotten). */
  changed: () => void;
  /** How many uploads run at once. */
  concurrency?: number;
}

/**
 * Every pending file's upload, by local id: one upload at a time per file (asking again joins it),
 * a few files at once, the bytes kept in the PendingFileStore until their message is acknowledged
 * or they are removed. Views read `view()`, which hands out the same object until that file changed.
 */
export class AttachmentUploads {
  private readonly states = new Map<string, UploadState>();
  private readonly running = new Map<string, { done: Promise<number>; controller: AbortController }>();
  /** This session's files, so an upload need not wait for (or read back) the store's copy. */
  private readonly blobs = new Map<string, PendingFile>();
  /** Each file's store write, so a delete never overtakes it. */
  private readonly writes = new Map<string, Promise<void>>();
  private readonly views = new Map<string, { from: OutboxAttachment; state: UploadState | undefined; view: PendingAttachment }>();
  private readonly slot: <T>(task: () => Promise<T>) => Promise<T>;

  constructor(private readonly options: AttachmentUploadsOptions) {
    this.slot = limiter(options.concurrency ?? 3);
  }

  /** Keeps a picked file's bytes (memory at once, the store in the background); returns its description. */
  keep(blob: Blob): OutboxAttachment {
    const local_id = crypto.randomUUID();
    const name = typeof (blob as Partial<File>).name === "string" && (blob as File).name !== "" ? (blob as File).name : "file";
    const file: PendingFile = { local_id, blob, name, type: blob.type, size: blob.size };
    this.blobs.set(local_id, file);
    this.writes.set(
      local_id,
      this.options.files.put(file).catch(() => undefined),
    );
    return { local_id, name, type: file.type, size: file.size };
  }

  /** The file's attachment id: at once when known, else after its upload (started, or joined). */
  ensure(attachment: OutboxAttachment): Promise<number> {
    if (attachment.attachment_id !== undefined) return Promise.resolve(attachment.attachment_id);
    const current = this.running.get(attachment.local_id);
    if (current) return current.done;
    const controller = new AbortController();
    const id = attachment.local_id;
    this.setState(id, { status: "uploading", progress: 0 });
    const done = this.slot(async () => {
      if (controller.signal.aborted) throw new UploadError(CANCELLED);
      const file = this.blobs.get(id) ?? (await this.options.files.get(id).catch(() => undefined));
      if (!file) throw new UploadError(MISSING);
      const uploaded = await this.options.upload(file, (progress) => this.progress(id, progress), controller.signal);
      return uploaded.id;
    }).then(
      (attachmentId) => {
        this.running.delete(id);
        this.setState(id, { status: "uploaded", progress: 1 });
        this.options.uploaded(id, attachmentId);
        return attachmentId;
      },
      (error: unknown) => {
        this.running.delete(id);
        const failure = error instanceof UploadError ? error.failure : { ...MISSING, message: String(error) };
        if (failure.reason === "cancelled") this.dropState(id);
        else this.setState(id, { status: "failed", progress: 0, failure });
        throw error instanceof UploadError ? error : new UploadError(failure);
      },
    );
    this.running.set(id, { done, controller });
    return done;
  }

  /** The file as a view shows it; the same object until its description or state changed. */
  view(attachment: OutboxAttachment): PendingAttachment {
    const state = this.states.get(attachment.local_id);
    const cached = this.views.get(attachment.local_id);
    if (cached && cached.from === attachment && cached.state === state) return cached.view;
    const { local_id, attachment_id, ...rest } = attachment;
    const view: PendingAttachment = {
      id: local_id,
      ...rest,
      ...(attachment_id !== undefined ? { attachment_id } : {}),
      ...viewState(attachment, state),
    };
    this.views.set(local_id, { from: attachment, state, view });
    return view;
  }

  /** The bytes of a pending file (this session's, or the store's after a reload), for a preview. */
  async file(localId: string): Promise<PendingFile | undefined> {
    return this.blobs.get(localId) ?? (await this.options.files.get(localId).catch(() => undefined));
  }

  /** Clears a failure so the next `ensure` starts over (Retry). */
  reset(localId: string): void {
    if (this.states.get(localId)?.status === "failed") this.dropState(localId);
  }

  /** Cancels the file's upload (if running) and deletes its bytes: removed, discarded, or sent. */
  forget(localId: string): void {
    this.running.get(localId)?.controller.abort();
    this.running.delete(localId);
    this.blobs.delete(localId);
    this.dropState(localId);
    this.views.delete(localId);
    const written = this.writes.get(localId) ?? Promise.resolve();
    this.writes.delete(localId);
    void written.then(() => this.options.files.delete(localId)).catch(() => undefined);
  }

  /** Cancels every running upload, keeping the files (the client closed; the next one resumes). */
  stop(): void {
    for (const { controller } of this.running.values()) controller.abort();
  }

  /** Deletes stored files nothing refers to any more (left by a tab closed mid-way). */
  async sweep(referenced: ReadonlySet<string>): Promise<void> {
    const stored = await this.options.files.keys();
    await Promise.all(stored.filter((id) => !referenced.has(id) && !this.blobs.has(id)).map((id) => this.options.files.delete(id)));
  }

  private progress(localId: string, progress: number): void {
    const state = this.states.get(localId);
    if (state?.status === "uploading" && progress > state.progress) this.setState(localId, { status: "uploading", progress });
  }

  private setState(localId: string, state: UploadState): void {
    this.states.set(localId, state);
    this.options.changed();
  }

  private dropState(localId: string): void {
    if (this.states.delete(localId)) this.options.changed();
  }
}

function viewState(
  attachment: OutboxAttachment,
  state: UploadState | undefined,
): Pick<PendingAttachment, "status" | "progress" | "error" | "failure"> {
  if (attachment.attachment_id !== undefined) return { status: "uploaded", progress: 1 };
  if (!state) return { status: "uploading", progress: 0 };
  if (state.status === "failed" && state.failure) return { status: "failed", error: state.failure.message, failure: state.failure };
  return { status: state.status, progress: state.progress };
}
