/**
 * file-type, music-metadata and their dependencies ship only as ES modules; the server loads them with import() (Node
 * runs that natively), but Jest's CommonJS runtime needs them compiled. Shared by every project that
 * starts the server in-process.
 */
const ESM_PACKAGES = [
  "file-type",
  "music-metadata",
  "media-typer",
  "win-guid",
  "strtok3",
  "token-types",
  "@tokenizer",
  "uint8array-extras",
  "@borewit",
];

module.exports = {
  // file-type and music-metadata offer only `import` and `module-sync` entry points, which Jest's resolver does not pick.
  moduleNameMapper: { "^file-type$": require.resolve("file-type"), "^music-metadata$": require.resolve("music-metadata") },
  // importInterop "node": a default import of a CommonJS package is its module.exports, as in Node
  // (music-metadata's `import ContentType from "content-type"`).
  transform: { "^.+\\.js$": ["@swc/jest", { jsc: { target: "es2022" }, module: { type: "commonjs", importInterop: "node" } }] },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join("|")})/)`],
};
