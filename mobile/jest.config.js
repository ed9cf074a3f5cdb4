// Jest project for the mobile app's own logic (its config and list/message state); the screens are
// covered by the browser test tests/e2e/mobile.test.ts.
/** @type {import('jest').Config} */
module.exports = {
  displayName: "mobile",
  rootDir: __dirname,
  testEnvironment: "node",
  roots: ["<rootDir>/src"],
  testMatch: ["<rootDir>/src/**/*.test.ts"],
  // The web app's list wording formats call durations with the kit's ESM-only helper: its source here.
  moduleNameMapper: { "^@chat-app/ui-kit/format-duration$": "<rootDir>/../ui-kit/src/utils/formatDuration.ts" },
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
