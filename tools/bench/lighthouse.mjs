// Lighthouse (mobile, simulated throttling, its defaults) against Debian's Chromium, offline: the
// pages are served on loopback and load nothing from elsewhere. Several runs per page; the table
// reports each figure's median, because Lighthouse's performance score moves between runs.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median } from '../../scripts/bench/timings.mjs';
import { CHROME_PATH, CHROMIUM_ARGS } from '../../scripts/browsers.mjs';

const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

/** Runs Lighthouse `runs` times on each URL; returns per-URL medians and every run's figures. */
export async function lighthouseRuns(urls, runs = 3) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: FLAGS });
  try {
    const results = [];
    for (const { name, url } of urls) {
      const all = [];
      for (let i = 0; i < runs; i++) {
        const { lhr } = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
        const score = (id) => lhr.categories[id].score;
        const value = (id) => lhr.audits[id].numericValue;
        // Audits that did not pass, so a score under 1 says why.
        const failed = Object.values(lhr.categories).flatMap((c) =>
          c.auditRefs
            .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
            .map((r) => ({ audit: `${c.id}/${r.id}`, score: lhr.audits[r.id].score })),
        );
        all.push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          fcpMs: value('first-contentful-paint'),
          lcpMs: value('largest-contentful-paint'),
          tbtMs: value('total-blocking-time'),
          cls: value('cumulative-layout-shift'),
          speedIndexMs: value('speed-index'),
          totalBytes: value('total-byte-weight'),
          requests: lhr.audits['network-requests'].details?.items?.length ?? null,
          failed,
        });
      }
      const med = Object.fromEntries(
        Object.keys(all[0])
          .filter((k) => typeof all[0][k] === 'number')
          .map((k) => [k, median(all.map((r) => r[k]))]),
      );
      // Each audit that did not pass in some run, with its worst score.
      const worst = new Map();
      for (const { audit, score } of all.flatMap((r) => r.failed)) worst.set(audit, Math.min(score, worst.get(audit) ?? 1));
      const failed = [...worst].map(([audit, score]) => `${audit} (${score})`);
      results.push({ name, url, runs: all.length, median: med, failed, all });
    }
    return results;
  } finally {
    await chrome.kill();
  }
}
