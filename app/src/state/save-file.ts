/**
 * Has the browser save a file fetched with the bearer token (a plain link could not carry it):
 * through an object URL and a link with `download`, freed once the click is handled.
 */
export function saveFile(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; a later tick lets the browser read the URL first.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
