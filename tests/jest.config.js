/** Cross-package tests: API, sockets, packaging. Each file starts its own real server. */
/** @type {import('jest').Config} */
module.exports = {
  displayName: "tests",
  testEnvironment: "node",
  roots: ["<rootDir>"],
  testMatch: ["<rootDir>/**/*.test.ts"],
  transform: { "^.+\\.ts$": require("../jest.swc.js") },
  testTimeout: 30000,
};
