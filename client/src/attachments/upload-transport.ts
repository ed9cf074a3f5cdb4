/** One multipart POST of a file, as an upload needs it. */
export interface UploadRequest {
  url: string;
  /** Sent as `Authorization: Bearer …`. */
  token: string;
  /** The multipart field (`file`) and the name the server is told. */
  field: string;
  file: Blob;
  name: string;
  /** Bytes sent so far of the whole request body; transports without upload progress never call it. */
  onProgress?: (sent: number, total: number) => void;
  signal?: AbortSignal;
}

/** What came back: any HTTP status (the caller reads refusals), with the body parsed as JSON when it is. */
export interface UploadResponse {
  status: number;
  body: unknown;
}

/**
 * How the bytes travel. Rejects only when there was no answer (network down, cancelled: then with a
 * DOMException named "AbortError"). Browsers use XMLHttpRequest (fetch reports no upload progress);
 * Node and React Native can use fetch.
 */
export interface UploadTransport {
  send(request: UploadRequest): Promise<UploadResponse>;
}

const aborted = () => new DOMException("", "AbortError");

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return {};
  }
}

function formOf(request: UploadRequest): FormData {
  const form = new FormData();
  form.append(request.field, request.file, request.name);
  return form;
}

/** What an upload progress event carries. */
export interface UploadProgressLike {
  loaded: number;
  total: number;
  lengthComputable: boolean;
}

/**
 * The smallest part of XMLHttpRequest this needs, typed here rather than from the DOM library (the
 * package also compiles for Node and React Native), so a test can hand in a stand-in.
 */
export interface XhrLike {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  send(body: FormData): void;
  abort(): void;
  readonly status: number;
  readonly responseText: string;
  readonly upload: { onprogress: ((event: UploadProgressLike) => void) | null };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
}

/** The platform's XMLHttpRequest, where there is one. */
const platformXhr = () => (globalThis as { XMLHttpRequest?: new () => XhrLike }).XMLHttpRequest;

export class XhrUploadTransport implements UploadTransport {
  constructor(
    // Only the default where there is one (`defaultUploadTransport`).
    private readonly makeXhr: () => XhrLike = () => new (platformXhr()!)(),
  ) {}

  send(request: UploadRequest): Promise<UploadResponse> {
    return new Promise((resolve, reject) => {
      if (request.signal?.aborted) return reject(aborted());
      const xhr = this.makeXhr();
      const onAbort = () => xhr.abort();
      const settle = () => request.signal?.removeEventListener("abort", onAbort);
      xhr.open("POST", request.url);
      xhr.setRequestHeader("Authorization", `Bearer ${request.token}`);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) request.onProgress?.(event.loaded, event.total);
      };
      xhr.onload = () => {
        settle();
        resolve({ status: xhr.status, body: parse(xhr.responseText) });
      };
      xhr.onerror = () => {
        settle();
        reject(new TypeError("Network error"));
      };
      xhr.onabort = () => {
        settle();
        reject(aborted());
      };
      request.signal?.addEventListener("abort", onAbort);
      xhr.send(formOf(request));
    });
  }
}

/** fetch: no progress while sending (fetch has no upload progress); one report of the whole at the end. */
export class FetchUploadTransport implements UploadTransport {
  constructor(private readonly fetchImpl: typeof fetch = (...args) => fetch(...args)) {}

  async send(request: UploadRequest): Promise<UploadResponse> {
    const response = await this.fetchImpl(request.url, {
      method: "POST",
      headers: { authorization: `Bearer ${request.token}` },
      body: formOf(request),
      signal: request.signal,
    });
    const body = parse(await response.text());
    if (response.ok) request.onProgress?.(request.file.size, request.file.size);
    return { status: response.status, body };
  }
}

/** XMLHttpRequest where there is one (browsers), else fetch. */
export function defaultUploadTransport(fetchImpl?: typeof fetch): UploadTransport {
  return typeof platformXhr() === "function" ? new XhrUploadTransport() : new FetchUploadTransport(fetchImpl);
}
