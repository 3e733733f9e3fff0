// Prints the one line CI reads, `tests: N passed, N failed`, from the unit and e2e JSON reports.
// A missing report (its runner never ran, or crashed) counts as a failure, never as a pass.
import { existsSync, readFileSync } from 'node:fs';

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
  if (e2e.stats.flaky) console.log(`${e2e.stats.flaky} e2e test(s) passed only on their retry (see reports/e2e.json)`);
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
  failed += (e2e.errors ?? []).length;
} else missing.push('reports/e2e.json');

failed += missing.length;
if (missing.length) console.log(`missing report(s), counted as failures: ${missing.join(', ')}`);
if (skipped) console.log(`${skipped} skipped (see the reports for why)`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
