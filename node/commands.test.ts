// The commands a newsroom developer types, run as they are typed: `npm start` and `npm run dev` take
// the story folder as `npm run build` does, and each is one process that stops when the PID it was
// started under is stopped (the way a process manager or a CI step stops it); and the README's
// "Map your own story", every command of it, as written, from a folder that does not exist (what the
// journalist does in the editor between its commands is e2e/editor-new-story.spec.ts). One file,
// so that its builds into dist/ never run at the same time.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** Whether every process of the group `pgid` has ended (a server that stopped listening but lives on would not). */
async function groupEnded(pgid: number): Promise<boolean> {
  for (let tries = 0; tries < 40; tries++) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

describe('npm start -- --story DIR', () => {
  it('builds and serves that story, and stopping npm’s PID stops the server', async () => {
    const url = 'http://127.0.0.1:4191/';
    const npmStart = npm('start', ['--story', FIXTURE, '--port', '4191']);
    const story = JSON.parse(readFileSync(join(FIXTURE, 'story.json'), 'utf8'));
    expect(title(await pageAt(url))).toBe(story.title);
    process.kill(npmStart.pid!, 'SIGTERM');
    expect(await stillServing(url)).toBe(false);
    expect(await groupEnded(npmStart.pid!)).toBe(true);
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
    expect(await groupEnded(npmDev.pid!)).toBe(true);
  }, 120_000);
});

describe('the README’s “Map your own story”, step by step', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('### Map your own story'), readme.indexOf('### Online tiles'));
  // Every command the steps give, in order: the inline code that starts with a command.
  const commands = [...section.matchAll(/`((?:cp|npm|SITE_URL=)[^`]*)`/g)].map((m) => m[1]!);

  it('gives the commands of a whole story’s life: edit from nothing, validate, dev, start, publish', () => {
    expect(commands.map((c) => c.replace(/^SITE_URL=\S+ /, '').split(' -- ')[0])).toEqual([
      'npm run edit',
      'npm run validate',
      'npm run dev',
      'npm start',
      'npm run build',
    ]);
  });

  it('works as written, on a story outside the Middle East', async () => {
    const dir = join(tmp, 'stories', 'my-story');
    const inTmp = (command: string) => command.replaceAll('stories/my-story', dir);
    const story = JSON.parse(readFileSync('e2e/fixtures/lualaba-story/story.json', 'utf8'));
    for (const command of commands.map(inTmp)) {
      if (/^npm (start|run dev|run edit)\b/.test(command)) {
        // Long-running: it serves the story (the editor, its editing page); then it is stopped, as Ctrl+C would.
        const port = command.startsWith('npm start') ? 4194 : command.startsWith('npm run dev') ? 5194 : 5196;
        const child = spawn('sh', ['-c', command], { detached: true, stdio: 'ignore', env: { ...process.env, PORT: String(port) } });
        running.push(child);
        const editor = command.startsWith('npm run edit');
        expect(title(await pageAt(`http://127.0.0.1:${port}/${editor ? 'editor.html' : ''}`)), command).toBe(editor ? 'Story editor' : story.title);
        // The editor opens a folder that does not exist as a new story, and writes nothing until a save.
        if (editor) {
          expect(JSON.parse(await pageAt(`http://127.0.0.1:${port}/api/story`)).files, command).toBeNull();
          expect(existsSync(dir), command).toBe(false);
        }
        process.kill(-child.pid!, 'SIGINT');
        expect(await stillServing(`http://127.0.0.1:${port}/`), command).toBe(false);
        expect(await groupEnded(child.pid!), command).toBe(true);
        // What the journalist saves in the editor (the e2e test makes real stories so): here, the example story's files.
        if (editor) cpSync('e2e/fixtures/lualaba-story', dir, { recursive: true });
      } else {
        const run = spawnSync('sh', ['-c', command], { encoding: 'utf8' });
        expect(run.status, `${command}\n${run.stdout}${run.stderr}`).toBe(0);
        if (command.startsWith('npm run validate')) expect(run.stdout).toMatch(/^✓ /m);
      }
    }
    // What the last step published: the story's own page, pictures and oEmbed answer, at SITE_URL.
    const site = /SITE_URL=(\S+)/.exec(commands.at(-1)!)![1]!;
    expect(title(readFileSync('dist/index.html', 'utf8'))).toBe(story.title);
    expect(existsSync('dist/fallback/card.png')).toBe(true);
    const oembed = JSON.parse(readFileSync('dist/oembed.json', 'utf8'));
    expect(oembed).toMatchObject({ provider_name: story.publisher, provider_url: site, thumbnail_url: `${site}fallback/card.png`, thumbnail_width: 1200 });
  }, 180_000);
});
