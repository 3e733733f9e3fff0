// Prints the one line CI reads, `tests: N passed, N failed`, from the unit and e2e JSON reports.
// A missing report (its runner never ran, or crashed) counts as a failure, never as a pass.
import { existsSync, readFileSync } from 'node:fs';

/** The terminal's colour codes in an error message. */
const COLOURS = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

const unit = read('reports/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
  // A suite that failed to load has no test results but is still a failure.
  failed += unit.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
} else missing.push('reports/unit.json');

const e2e = read('reports/e2e.json');
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  if (e2e.stats.flaky) {
    console.log(`${e2e.stats.flaky} e2e test(s) passed only on their retry (see reports/e2e.json):`);
    // Each with what its first attempt met, and how many of them WebKitGTK's MiniBrowser dying
    // mid-test caused (WebKitWebDriver's "invalid session id"), so that a crash is counted, not hidden.
    const flaky = flakyTests(e2e.suites ?? []);
    for (const { title, project, error, log } of flaky) {
      console.log(`  [${project}] ${title}: ${error}`);
      // What WebKitWebDriver and MiniBrowser printed during the failed attempt, its last lines.
      if (log) for (const line of log.trim().split('\n').slice(-8)) console.log(`      | ${line}`);
    }
    const crashes = flaky.filter((t) => /invalid session id/.test(t.error));
    // MiniBrowser logs "WebProcess CRASHED" when the page's process dies under it (seen in CI).
    const webProcess = crashes.filter((t) => /WebProcess CRASHED/.test(t.log)).length;
    if (crashes.length)
      console.log(`  ${crashes.length} of them: the browser gone mid-test ("invalid session id"), ${webProcess} with WebKitGTK's web process crashed`);
  }
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
  failed += (e2e.errors ?? []).length;
} else missing.push('reports/e2e.json');

/** The tests that failed and then passed on their retry, each with its first error's first line. */
function flakyTests(suites) {
  const found = [];
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests ?? [])
        if (test.status === 'flaky') {
          const first = test.results.find((r) => r.status !== 'passed');
          const error = (first?.error?.message ?? first?.status ?? 'unknown').replace(COLOURS, '').split('\n')[0];
          const attached = first?.attachments?.find((a) => a.name === 'webkit-driver.log' && a.body);
          const log = attached ? Buffer.from(attached.body, 'base64').toString('utf8') : '';
          found.push({ title: [...path, spec.title].filter(Boolean).join(' › '), project: test.projectName, error, log });
        }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of suites) walk(suite, [suite.title]);
  return found;
}

// Processes that died during the tests, as the kernel logged them (.ci/run): where a browser's
// process crashed, and in which library, whether or not a test saw it.
const faults = existsSync('reports/kernel-faults.txt') ? readFileSync('reports/kernel-faults.txt', 'utf8').trim() : '';
if (faults) {
  console.log("processes that crashed during the tests (the kernel's log):");
  for (const line of faults.split('\n')) console.log(`  ${line}`);
}

failed += missing.length;
if (missing.length) console.log(`missing report(s), counted as failures: ${missing.join(', ')}`);
if (skipped) console.log(`${skipped} skipped (see the reports for why)`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
