// `npm run catalogs -w app`: src/locales/<lng>.json (ICU MessageFormat, edited by people) →
// src/locales/compiled/<lng>.json (Lingui's compiled form), so the browser needs no message parser.
// app/src/i18n/compiled.test.ts fails when the compiled files are stale.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import prettier from "prettier";
import { compileCatalog } from "./compile-catalog.mjs";

const locales = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "src", "locales");
for (const file of fs.readdirSync(locales).filter((name) => name.endsWith(".json"))) {
  const source = JSON.parse(fs.readFileSync(path.join(locales, file), "utf8"));
  // Formatted as `npm run lint` checks it.
  const target = path.join(locales, "compiled", file);
  const options = { ...(await prettier.resolveConfig(target)), filepath: target };
  fs.writeFileSync(target, await prettier.format(JSON.stringify(compileCatalog(source)), options));
}
