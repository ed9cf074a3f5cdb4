import { uploadAttachment } from "./upload";
import { UploadError } from "./upload-failure";
import { type XhrLike, XhrUploadTransport } from "./upload-transport";

/**
 * A stand-in XMLHttpRequest (Node has none; the browser test covers the real one): it records what
 * was asked and lets the test play the network's part.
 */
class ScriptedXhr implements XhrLike {
  method = "";
  url = "";
  headers: Record<string, string> = {};
  body: FormData | undefined;
  aborted = false;
  status = 0;
  responseText = "";
  readonly upload: XhrLike["upload"] = { onprogress: null };
  onload: XhrLike["onload"] = null;
  onerror: XhrLike["onerror"] = null;
  onabort: XhrLike["onabort"] = null;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ loaded, total, lengthComputable: true });
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

function start(signal?: AbortSignal) {
  const xhr = new ScriptedXhr();
  const progress: number[] = [];
  const done = uploadAttachment({
    baseUrl: "http://chat.test",
    token: "tok",
    file: new Blob(["hello"], { type: "text/plain" }),
    name: "hello.txt",
    transport: new XhrUploadTransport(() => xhr),
    onProgress: (fraction) => progress.push(fraction),
    signal,
  });
  return { xhr, progress, done };
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => (error instanceof UploadError ? error.failure : error),
  );

describe("uploadAttachment over XMLHttpRequest", () => {
  it("posts the file as multipart field `file` with the bearer token, reports progress and answers the attachment", async () => {
    const { xhr, progress, done } = start();
    expect(xhr).toMatchObject({ method: "POST", url: "http://chat.test/api/attachments", headers: { Authorization: "Bearer tok" } });
    const sent = xhr.body?.get("file");
    expect(sent).toBeInstanceOf(File);
    expect((sent as File).name).toBe("hello.txt");
    xhr.progress(50, 200);
    xhr.progress(200, 200);
    xhr.answer(201, { attachment: { id: 7, name: "hello.txt" } });
    expect(await done).toEqual({ id: 7, name: "hello.txt" });
    expect(progress).toEqual([0.25, 1]);
  });

  it("cancels: the request is aborted and the upload fails as cancelled", async () => {
    const controller = new AbortController();
    const { xhr, done } = start(controller.signal);
    controller.abort();
    expect(xhr.aborted).toBe(true);
    expect(await failureOf(done)).toMatchObject({ reason: "cancelled", retryable: false });
  });

  it("reads the server's refusal", async () => {
    const { xhr, done } = start();
    xhr.answer(413, { error: "file: larger than the limit of 25 MB" });
    expect(await failureOf(done)).toMatchObject({ reason: "file_too_large", limitMb: 25, status: 413, retryable: false });
  });

  it("takes no answer at all as a network failure, worth retrying", async () => {
    const { xhr, done } = start();
    xhr.onerror?.();
    expect(await failureOf(done)).toMatchObject({ reason: "network", retryable: true });
  });
});
