/** @type {import('jest').Config} */
module.exports = {
  projects: ["<rootDir>/server", "<rootDir>/tests", "<rootDir>/ui-kit", "<rootDir>/client", "<rootDir>/app", "<rootDir>/mobile"],
  // Project configs cannot set this; tests against real servers and databases need more than 5 s.
  testTimeout: 30000,
  // Jest's default (cores - 1) is one worker on a two-core machine, which leaves a core idle while a
  // browser, server or database test mostly waits; two workers overlap that waiting.
  maxWorkers: Math.max(2, require("node:os").availableParallelism() - 1),
  reporters: ["default", "<rootDir>/tests/summary-reporter.js"],
};
