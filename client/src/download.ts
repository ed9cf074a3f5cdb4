import { ApiError } from "./rest";

/** A file the server sent as an attachment: its bytes and the name it asked to be saved under. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/** The file name of a `Content-Disposition` header (`filename*=UTF-8''…` preferred), or null. */
export function dispositionFileName(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*utf-8''([^;]+)/i.exec(header);
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/.exec(header);
  const name = (extended?.[1] && decoded(extended[1].trim())) ?? plain?.[1] ?? plain?.[2];
  // Only the last path segment, so a name can never point into a folder.
  return name?.split(/[\\/]/).pop() || null;
}

const decoded = (text: string): string | undefined => {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
};

/**
 * A GET with the bearer token whose body is a file (a plain link cannot carry the token). A non-2xx
 * becomes an ApiError with the server's `{error}`; `fallbackName` when the header names no file.
 */
export async function downloadFile(fetchImpl: typeof fetch, url: string, token: string | null, fallbackName: string): Promise<DownloadedFile> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetchImpl(url, { method: "GET", headers });
  if (!response.ok) {
    const json = (await response.json().catch(() => ({}))) as { error?: string };
    const retryAfter = Number(response.headers.get("retry-after")) || undefined;
    throw new ApiError(response.status, json.error ?? `HTTP ${response.status}`, retryAfter);
  }
  const blob = await response.blob();
  return { blob, fileName: dispositionFileName(response.headers.get("content-disposition")) ?? fallbackName };
}
