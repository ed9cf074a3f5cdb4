// Jest project for the app's own logic (state reducers and stores) and a few screens' components
// (`.test.tsx`, each in jsdom by its docblock; the screens as a whole are covered by the browser
// tests in tests/e2e). Run with `npx jest -c app/jest.config.js`, or from the root once
// "<rootDir>/app" is in the root `projects` list.
/** @type {import('jest').Config} */
module.exports = {
  displayName: "app",
  rootDir: __dirname,
  testEnvironment: "node",
  roots: ["<rootDir>/src"],
  testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/src/**/*.test.tsx"],
  setupFiles: ["<rootDir>/src/i18n/test-setup.ts"],
  // The kit's one React-free formatter the app's state uses, from its source (the kit's dist is ESM).
  // The components from the kit's source too, for the component tests (its dist is ESM).
  moduleNameMapper: {
    "^@chat-app/ui-kit/format-duration$": "<rootDir>/../ui-kit/src/utils/formatDuration.ts",
    "^@chat-app/ui-kit$": "<rootDir>/../ui-kit/src/index.ts",
  },
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
