import { multipart, pngBomb } from "../helpers/media";
import type { BadRequestCase } from "./bad-input-corpus";

/** The corpus's server runs with this upload limit, so "just over the limit" stays small. */
export const CORPUS_UPLOAD_MAX_MB = 1;

/** A PNG's signature and IHDR chunk (64×64 RGB): enough for the bytes to say "PNG". */
const PNG_HEADER = Buffer.from("89504e470d0a1a0a0000000d4948445200000040000000400802000000250be689", "hex");

/** Hostile uploads and links: each must be refused with a 4xx and leave nothing stored. */
export function attachmentCases(): BadRequestCase[] {
  const upload = (name: string, parts: Parameters<typeof multipart>[0], options: Parameters<typeof multipart>[1] = {}): BadRequestCase => {
    const { body, contentType } = multipart(parts, options);
    return { name: `upload: ${name}`, method: "POST", path: "/api/attachments", raw: body, contentType, auth: "user" };
  };
  const file = (data: Buffer | string, filename = "f.bin", type?: string) => [{ field: "file", filename, data, ...(type ? { type } : {}) }];
  const cases: BadRequestCase[] = [
    upload("truncated multipart", file(Buffer.alloc(4096, 1)), { truncate: true }),
    upload("a 0-byte file", file(Buffer.alloc(0))),
    upload("a file just over the limit", file(Buffer.alloc(CORPUS_UPLOAD_MAX_MB * 1024 * 1024 + 1, 1))),
    // HTML merely named cat.png is taken, as a download (tests/security/attachments-hostile.test.ts); HTML behind a PNG header is refused.
    upload(
      "HTML behind a PNG header",
      file(Buffer.concat([PNG_HEADER, Buffer.from("<html><script>alert(document.cookie)</script>")]), "cat.png", "image/png"),
    ),
    upload("a GIF/JavaScript polyglot", file("GIF89a=1;alert(document.cookie)//", "x.gif", "image/gif")),
    upload("a decompression bomb", file(pngBomb(), "bomb.png", "image/png")),
    upload("two files", [...file("a"), ...file("b")]),
    upload("a file in another field", [{ field: "attachment", filename: "a.txt", data: "a" }]),
    upload("a field named file, without a file", [{ field: "file", data: "not a file" }]),
    upload("a file and a caption", [...file("a"), { field: "caption", data: "hi" }]),
    upload("no parts", []),
    upload("a control character in the file name", file("a", "bell\u0007.txt")),
    { name: "upload: JSON", method: "POST", path: "/api/attachments", body: { file: "aGVsbG8=" }, auth: "user" },
    {
      name: "upload: multipart without a boundary",
      method: "POST",
      path: "/api/attachments",
      raw: "x",
      contentType: "multipart/form-data",
      auth: "user",
    },
    { name: "upload: text/plain", method: "POST", path: "/api/attachments", raw: "hello", contentType: "text/plain", auth: "user" },
    { name: "upload: no body", method: "POST", path: "/api/attachments", auth: "user" },
    { name: "upload without token", method: "POST", path: "/api/attachments", ...rawOf(file("a")), auth: "none" },
    { name: "upload with a broken token", method: "POST", path: "/api/attachments", ...rawOf(file("a")), auth: "garbage" },
  ];
  for (const id of ["0", "-1", "abc", "1.5", "99999999999", "%00", "987654", "..%2F..%2Fetc%2Fpasswd"]) {
    cases.push({ name: `attachment id ${id}`, method: "GET", path: `/api/attachments/${id}`, auth: "user" });
    cases.push({ name: `attachment content id ${id}`, method: "GET", path: `/api/attachments/${id}/content?exp=99999999999&sig=abc`, auth: "none" });
  }
  for (const query of [
    "",
    "exp=99999999999",
    "sig=abc",
    "exp=abc&sig=abc",
    "exp=1&sig=abc",
    "exp=99999999999&sig=%00",
    "exp=99999999999&sig=" + "a".repeat(200),
  ]) {
    cases.push({ name: `attachment link ?${query.slice(0, 30)}`, method: "GET", path: `/api/attachments/1/content?${query}`, auth: "none" });
  }
  for (const variant of ["original", "..", "%2e%2e", "content.html", "CONTENT"]) {
    cases.push({ name: `attachment variant ${variant}`, method: "GET", path: `/api/attachments/1/${variant}?exp=99999999999&sig=abc`, auth: "none" });
  }
  cases.push({ name: "attachment without token", method: "GET", path: "/api/attachments/1", auth: "none" });
  for (const ids of [[], [0], ["1"], [1, 1], Array.from({ length: 11 }, (_, i) => i + 1), "1", { $in: [1] }, [987654]]) {
    cases.push({
      name: `send attachment_ids ${JSON.stringify(ids).slice(0, 30)}`,
      method: "POST",
      path: "/api/messages/send",
      body: { receiver_id: 2, attachment_ids: ids },
      auth: "user",
    });
  }
  return cases;
}

function rawOf(parts: Parameters<typeof multipart>[0]): Pick<BadRequestCase, "raw" | "contentType"> {
  const { body, contentType } = multipart(parts);
  return { raw: body, contentType };
}
