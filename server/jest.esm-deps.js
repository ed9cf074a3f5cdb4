/**
 * file-type and its dependencies ship only as ES modules; the server loads them with import() (Node
 * runs that natively), but Jest's CommonJS runtime needs them compiled. Shared by every project that
 * starts the server in-process.
 */
const ESM_PACKAGES = ["file-type", "strtok3", "token-types", "@tokenizer", "uint8array-extras", "@borewit"];

module.exports = {
  // file-type offers only `import` and `module-sync` entry points, which Jest's resolver does not pick.
  moduleNameMapper: { "^file-type$": require.resolve("file-type") },
  transform: { "^.+\\.js$": ["@swc/jest", { jsc: { target: "es2022" }, module: { type: "commonjs" } }] },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join("|")})/)`],
};
