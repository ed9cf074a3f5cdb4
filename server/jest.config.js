const esmDeps = require("./jest.esm-deps.js");

/** @type {import('jest').Config} */
module.exports = {
  displayName: "server",
  testEnvironment: "node",
  roots: ["<rootDir>/src"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": require("../jest.swc.js"), ...esmDeps.transform },
  transformIgnorePatterns: esmDeps.transformIgnorePatterns,
  moduleNameMapper: esmDeps.moduleNameMapper,
};
