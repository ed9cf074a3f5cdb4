// Jest project for the client package's own units (the outbox, the store, the React hooks); the
// client against a real server is covered by tests/client.
/** @type {import('jest').Config} */
module.exports = {
  displayName: "client",
  rootDir: __dirname,
  testEnvironment: "node",
  roots: ["<rootDir>/src"],
  testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/src/**/*.test.tsx"],
  // A relative import written with .js (the dynamic import of the SFU's chunk: node16 resolution in
  // the tests' tsconfig wants the extension) is the .ts file next to it.
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  transform: {
    "^.+\\.(ts|tsx)$": [
      "@swc/jest",
      {
        jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2022" },
        module: { type: "commonjs" },
      },
    ],
  },
};
