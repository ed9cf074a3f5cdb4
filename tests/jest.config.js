const esmDeps = require("../server/jest.esm-deps.js");

/** Cross-package tests: API, sockets, packaging. Each file starts its own real server. */
/** @type {import('jest').Config} */
module.exports = {
  displayName: "tests",
  testEnvironment: "node",
  roots: ["<rootDir>"],
  testMatch: ["<rootDir>/**/*.test.ts"],
  transform: { "^.+\\.ts$": require("../jest.swc.js"), ...esmDeps.transform },
  transformIgnorePatterns: esmDeps.transformIgnorePatterns,
  moduleNameMapper: esmDeps.moduleNameMapper,
  testTimeout: 30000,
};
