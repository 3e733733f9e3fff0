// The long-running commands a newsroom developer types, run as they are typed: `npm start` and
// `npm run dev` take the story folder as `npm run build` does, and each is one process that stops
// when the PID it was started under is stopped (the way a process manager or a CI step stops it).
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const FIXTURE = 'e2e/fixtures/second-story';
const tmp = mkdtempSync(join(tmpdir(), 'commands-'));
const running: ChildProcess[] = [];
afterAll(() => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
});

/** `npm run <script> -- <args>` in its own process group, so that the test can see what outlives npm. */
function npm(script: string, args: string[]): ChildProcess {
  const child = spawn('npm', ['run', '--silent', script, '--', ...args], { detached: true, stdio: 'ignore' });
  running.push(child);
  return child;
}

/** The page at `url`, once the server answers (it builds first: seconds). */
async function pageAt(url: string): Promise<string> {
  for (let tries = 0; tries < 240; tries++) {
    try {
      const response = await fetch(url);
      if (response.ok) return await response.text();
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} never answered`);
}

/** Whether anything still answers at `url`, once the server has had time to close. */
async function stillServing(url: string): Promise<boolean> {
  for (let tries = 0; tries < 40; tries++) {
    try {
      await fetch(url);
    } catch {
      return false;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return true;
}

const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];

describe('npm start -- --story DIR', () => {
  it('builds and serves that story, and stopping npm’s PID stops the server', async () => {
    const url = 'http://127.0.0.1:4191/';
    const npmStart = npm('start', ['--story', FIXTURE, '--port', '4191']);
    const story = JSON.parse(readFileSync(join(FIXTURE, 'story.json'), 'utf8'));
    expect(title(await pageAt(url))).toBe(story.title);
    process.kill(npmStart.pid!, 'SIGTERM');
    expect(await stillServing(url)).toBe(false);
  }, 120_000);
});

describe('npm run dev -- --story DIR', () => {
  it('serves that story, shows a saved change on the next load, and stops with npm’s PID', async () => {
    const dir = join(tmp, 'story');
    cpSync(FIXTURE, dir, { recursive: true });
    const url = 'http://127.0.0.1:5191/';
    const npmDev = npm('dev', ['--story', dir, '--port', '5191']);
    const storyFile = join(dir, 'story.json');
    const story = JSON.parse(readFileSync(storyFile, 'utf8'));
    expect(title(await pageAt(url))).toBe(story.title);

    writeFileSync(storyFile, JSON.stringify({ ...story, title: 'A title saved while the server runs' }, null, 2));
    let html = '';
    for (let tries = 0; tries < 40 && title(html) !== 'A title saved while the server runs'; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      html = await pageAt(url);
    }
    expect(title(html)).toBe('A title saved while the server runs');

    process.kill(npmDev.pid!, 'SIGTERM');
    expect(await stillServing(url)).toBe(false);
  }, 120_000);
});
