import path from "node:path";
import { FORBIDDEN_CHARACTERS } from "../schemas/common";

export const MAX_NAME_LENGTH = 255;

const CONTROL = new RegExp(FORBIDDEN_CHARACTERS.source, "g");
// Characters Windows refuses in a name, and bidirectional overrides that disguise an extension.
const UNSAFE = /[<>:"|?*\\/\u202A-\u202E\u2066-\u2069\t\r\n]/g;

/**
 * The declared file name as shown and offered for download: the last path segment only, no control
 * or direction characters, trimmed of dots and spaces at the ends, at most 255 code points (the
 * extension kept when cutting). Nothing is left → "file".
 */
export function sanitizeFileName(declared: string | undefined): string {
  const base = (declared ?? "").split(/[\\/]/).at(-1) ?? "";
  const cleaned = base
    .normalize("NFC")
    .replace(CONTROL, "")
    .replace(UNSAFE, "_")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  const chars = [...cleaned];
  if (chars.length === 0) return "file";
  if (chars.length <= MAX_NAME_LENGTH) return cleaned;
  const ext = [...path.extname(cleaned)].slice(0, 16).join("");
  return chars.slice(0, MAX_NAME_LENGTH - ext.length).join("") + ext;
}
