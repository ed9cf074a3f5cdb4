/** @type {import('jest').Config} */
module.exports = {
  projects: ["<rootDir>/server", "<rootDir>/tests", "<rootDir>/ui-kit"],
  reporters: ["default", "<rootDir>/tests/summary-reporter.js"],
};
