/**
 * Prints the one-line summary CI reads ("Tests: N passed, M failed") and appends the counts to
 * $TEST_SUMMARY_FILE when set, so .ci/run can add up several passes (SQLite, PostgreSQL…).
 */
const fs = require("node:fs");

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const passed = results.numPassedTests;
    // A suite that fails to load (syntax error, missing module) has no failed tests but is a failure.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    console.log(`\nTests: ${passed} passed, ${failed} failed`);
    if (process.env.TEST_SUMMARY_FILE) {
      fs.appendFileSync(process.env.TEST_SUMMARY_FILE, JSON.stringify({ passed, failed }) + "\n");
    }
  }
}

module.exports = SummaryReporter;
