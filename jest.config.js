/** @type {import('jest').Config} */
module.exports = {
  projects: ["<rootDir>/server", "<rootDir>/tests", "<rootDir>/ui-kit", "<rootDir>/client", "<rootDir>/app"],
  // Project configs cannot set this; tests against real servers and databases need more than 5 s.
  testTimeout: 30000,
  reporters: ["default", "<rootDir>/tests/summary-reporter.js"],
};
