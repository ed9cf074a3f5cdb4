/**
 * Prints, at the end of a run, which tests were skipped and why (each suite's own "SKIPPED: …" warning
 * when it printed one, else the titles of what it skipped), then the one-line summary CI reads
 * ("Tests: N passed, M failed"), and appends the counts to $TEST_SUMMARY_FILE when set, so .ci/run
 * can add up several passes (SQLite, PostgreSQL…).
 */
const fs = require("node:fs");
const path = require("node:path");

/** The first line of a suite's console output that says why it skipped, if any. */
function skipReason(testResult) {
  for (const entry of testResult.console ?? []) {
    const line = String(entry.message)
      .split("\n")
      .find((text) => /SKIPPED/.test(text));
    if (line) return line.replace(/^[!\s⚠]+|[\s⚠]+$/g, "").trim();
  }
  return null;
}

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    /** Why each suite skipped, read from its console output as each suite ends (it is not kept past that). */
    this.reasons = new Map();
  }

  onTestResult(_test, testResult) {
    const reason = skipReason(testResult);
    if (reason) this.reasons.set(testResult.testFilePath, reason);
  }

  onRunComplete(_contexts, results) {
    const skipped = results.testResults.filter((suite) => suite.numPendingTests > 0);
    if (skipped.length > 0) {
      console.log(`\nSkipped: ${results.numPendingTests} tests in ${skipped.length} suites`);
      for (const suite of skipped) {
        const titles = [...new Set(suite.testResults.filter((t) => t.status === "pending").map((t) => [...t.ancestorTitles, t.title][0]))];
        const why = this.reasons.get(suite.testFilePath) ?? `skipped: ${titles.join("; ")}`;
        console.log(`  ${path.relative(this.rootDir, suite.testFilePath)} (${suite.numPendingTests}): ${why}`);
      }
    }
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
