import fs from "node:fs";
import path from "node:path";
import { attachmentCases } from "./attachments-cases";

// The default storage: files under DATA_DIR/attachments ("*.partial" are uploads still being written).
attachmentCases({
  env: () => ({}),
  storedFiles: (on) => Promise.resolve(fs.readdirSync(path.join(on.dir, "attachments")).filter((name) => !name.endsWith(".partial"))),
});
