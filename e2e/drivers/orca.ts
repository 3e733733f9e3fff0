// A real screen reader for the tests: Orca reading Firefox ESR over AT-SPI, on a display and a
// D-Bus session of its own, its speech written to a file by speech-dispatcher's generic module (an
// instant "voice"), keys pressed with xdotool as a reader's fingers would. What it gives back is
// what Orca sent to be spoken, one utterance a line. All from Debian: orca, speech-dispatcher,
// at-spi2-core, dbus-daemon, xdotool, xvfb, firefox-esr (.ci/run installs them).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIREFOX_PATH } from '../../scripts/browsers.mjs';

const LAUNCH_ORCA = join(dirname(fileURLToPath(import.meta.url)), 'orca-launch.py');
const AT_SPI_BUS = '/usr/libexec/at-spi-bus-launcher';
/** How long the speech must stay unchanged to count as finished: Orca speaks as it is told,
 * utterance by utterance, and on a busy machine (the other tests beside these) gaps of more than a
 * second between two are seen. */
const QUIET_MS = 2000;
/** How long a key press may go unanswered before its silence is what it says. What Orca says at
 * once of any key, its name ("escape") or its own mode ("Browse mode"), is not an answer: the
 * page's answer follows it, and on a machine busy with other tests it has come seconds later. */
const ANSWER_MS = 6000;
const ORCA_OWN = /^(tab|shift tab|return|escape|space|browse mode|focus mode)$/i;

/** What is missing for the screen-reader tests, in words; empty when they can run. */
export function missingForScreenReader(): string[] {
  const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
  const missing: string[] = [];
  for (const [cmd, pkg] of <const>[
    ['orca', 'orca'],
    ['speech-dispatcher', 'speech-dispatcher'],
    ['dbus-daemon', 'dbus-daemon'],
    ['xdotool', 'xdotool'],
    ['Xvfb', 'xvfb'],
    [FIREFOX_PATH, 'firefox-esr'],
  ])
    if (!has(cmd)) missing.push(pkg);
  if (!existsSync(AT_SPI_BUS)) missing.push('at-spi2-core');
  return missing;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until no process of this user is named `name`; fails with their ids if some stay. */
async function othersGone(name: string, ms: number): Promise<void> {
  const running = () => spawnSync('pgrep', ['-u', String(process.getuid!()), '-x', name], { encoding: 'utf8' }).stdout.trim();
  const from = Date.now();
  while (running() && Date.now() - from < ms) await sleep(100);
  const left = running();
  if (left) throw new Error(`another ${name} is still running (process ${left.split('\n').join(', ')}), and Orca will not start beside it`);
}

export interface ScreenReader {
  /** Opens `url` in a fresh Firefox (a new profile) and returns what is said until the speech goes quiet. */
  open(url: string): Promise<string[]>;
  /** Presses keys (xdotool names: Tab, shift+Tab, Return, Escape, Down, F6…) one at a time, each
   * waited out; returns what was said after each, prefixed by the key. */
  press(...keys: string[]): Promise<string[]>;
  /** Presses `key` until a line said after it matches `heard` (at most `max` times). */
  pressUntil(key: string, heard: RegExp, max?: number): Promise<string[]>;
  /** Closes Firefox. */
  closeBrowser(): Promise<void>;
  stop(): Promise<void>;
}

export async function startScreenReader(): Promise<ScreenReader> {
  const root = mkdtempSync(join(tmpdir(), 'screen-reader-'));
  const speech = join(root, 'speech.txt');
  const home = join(root, 'home');
  const runtime = join(root, 'runtime');
  const config = join(home, '.config');
  mkdirSync(join(config, 'speech-dispatcher', 'modules'), { recursive: true });
  mkdirSync(runtime, { recursive: true });
  chmodSync(runtime, 0o700);
  writeFileSync(speech, '');
  // The module still opens a sound device (through libao, which falls back to ALSA), and without
  // one Orca's speech client blocks: ALSA's default device is none.
  writeFileSync(join(home, '.asoundrc'), 'pcm.!default { type null }\nctl.!default { type hw card 0 }\n');
  writeFileSync(
    join(config, 'speech-dispatcher', 'speechd.conf'),
    'AddModule "file" "sd_generic" "file.conf"\nDefaultModule file\nAudioOutputMethod "libao"\n',
  );
  writeFileSync(
    join(config, 'speech-dispatcher', 'modules', 'file.conf'),
    [
      // One utterance a line: the text not cut at full stops ("U.S."), its line breaks made spaces.
      `GenericExecuteSynth "printf '%s' \\"$DATA\\" | tr '\\\\n' ' ' >> ${speech}; echo >> ${speech}"`,
      // Cut only at a character no text holds (an empty list means the default, the full stop).
      'GenericDelimiters "\u0001"',
      'GenericMaxChunkLength 100000',
      'GenericCmdDependency "printf"',
      'GenericStripPunctChars ""',
      'GenericLanguage "en" "en" "utf-8"',
      'AddVoice "en" "MALE1" "en"',
      '',
    ].join('\n'),
  );

  const children: ChildProcess[] = [];
  // Everything started here goes with the test run, however it ends.
  const killAll = () => {
    for (const child of children.splice(0).reverse()) {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {}
    }
  };
  process.once('exit', killAll);
  const start = (cmd: string, args: string[], env: NodeJS.ProcessEnv) => {
    // Each one's output goes to a log beside the speech, quoted when something fails.
    const log = openSync(join(root, `${cmd.split('/').pop()}-${children.length}.log`), 'a');
    const child = spawn(cmd, args, { env, stdio: ['ignore', log, log], detached: true });
    children.push(child);
    return child;
  };
  const firstLine = (child: ChildProcess) =>
    new Promise<string>((resolve, reject) => {
      let got = '';
      child.stdout!.on('data', (d: Buffer) => {
        got += d.toString();
        if (got.includes('\n')) resolve(got.split('\n')[0]!.trim());
      });
      child.once('exit', () => reject(new Error('exited before it answered')));
    });

  // A display of its own: keys go to the focused window, and no other test's window may take it.
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'], detached: true });
  children.push(xvfb);
  const display = `:${await firstLine(xvfb)}`;
  const bus = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], { stdio: ['ignore', 'pipe', 'ignore'], detached: true });
  children.push(bus);
  const address = await firstLine(bus);

  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    XDG_CONFIG_HOME: config,
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_RUNTIME_DIR: runtime,
    DISPLAY: display,
    DBUS_SESSION_BUS_ADDRESS: address,
    GTK_MODULES: 'gail:atk-bridge',
    GNOME_ACCESSIBILITY: '1',
    LANG: 'C.UTF-8',
    GSETTINGS_BACKEND: 'memory',
  };
  start(AT_SPI_BUS, ['--launch-immediately'], env);
  // In the foreground (not --spawn, which forks away from the group and outlives the run).
  start('speech-dispatcher', ['--run-single', '--timeout', '0'], env);
  // Orca refuses to start beside any other process of this user named orca, on any display: the
  // one a failed journey's worker stopped may not be gone yet.
  await othersGone('orca', 10_000);
  // Debian's Python, the one Orca and speech-dispatcher's client are installed for.
  start('/usr/bin/python3', [LAUNCH_ORCA], env);

  const lines = () => readFileSync(speech, 'utf8').split('\n').slice(0, -1);
  let read = 0;
  /** What was said since the last call, once the speech has gone quiet (or nothing came at all). */
  async function heard(answerMs = ANSWER_MS, until: RegExp | ((line: string) => boolean) = () => true): Promise<string[]> {
    const answers = typeof until === 'function' ? until : (line: string) => until.test(line);
    let seen = lines().length;
    let changedAt = Date.now();
    const from = Date.now();
    for (;;) {
      await sleep(100);
      const now = lines().length;
      if (now !== seen) {
        seen = now;
        changedAt = Date.now();
      }
      // Nothing counts as an answer before a line `until` accepts (a page still loading can leave
      // the speech quiet for seconds on a busy machine).
      const answered =
        seen > read &&
        lines()
          .slice(read)
          .some((l) => answers(l.trim()));
      if (answered && Date.now() - changedAt >= QUIET_MS) break;
      if (!answered && Date.now() - from >= answerMs) break;
    }
    const said = lines().slice(read);
    read = said.length + read;
    return said.map((l) => l.trimEnd()).filter((l) => l !== '');
  }

  // Orca says "Screen reader on." when it is ready for the browser.
  const ready = await heard(30_000);
  if (!ready.some((l) => /screen reader on/i.test(l))) {
    const logs = spawnSync('sh', ['-c', 'tail -n 15 *.log'], { cwd: root, encoding: 'utf8' }).stdout;
    killAll();
    throw new Error(`Orca did not start (it said: ${JSON.stringify(ready)}); its logs in ${root}:\n${logs}`);
  }

  let firefox: ChildProcess | null = null;
  const xdotool = (...args: string[]) => spawnSync('xdotool', args, { env, stdio: 'ignore' });

  const reader: ScreenReader = {
    async open(url) {
      await reader.closeBrowser();
      const profile = mkdtempSync(join(root, 'firefox-'));
      // A quiet first start: no welcome page, no default-browser question, no network of its own.
      writeFileSync(
        join(profile, 'user.js'),
        [
          'user_pref("browser.shell.checkDefaultBrowser", false);',
          'user_pref("browser.startup.homepage_override.mstone", "ignore");',
          'user_pref("startup.homepage_welcome_url", "");',
          'user_pref("startup.homepage_welcome_url.additional", "");',
          'user_pref("browser.aboutwelcome.enabled", false);',
          'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
          'user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);',
          'user_pref("browser.newtabpage.enabled", false);',
          'user_pref("browser.startup.page", 0);',
          'user_pref("app.update.enabled", false);',
          'user_pref("extensions.update.enabled", false);',
          'user_pref("browser.safebrowsing.malware.enabled", false);',
          'user_pref("browser.safebrowsing.phishing.enabled", false);',
          'user_pref("network.captive-portal-service.enabled", false);',
          'user_pref("network.connectivity-service.enabled", false);',
          'user_pref("browser.tabs.warnOnClose", false);',
          'user_pref("sidebar.revamp", false);',
          '',
        ].join('\n'),
      );
      firefox = start(FIREFOX_PATH, ['--profile', profile, '--no-remote', '--width', '1280', '--height', '860', url], env);
      // Until the page has loaded (not the blank tab before it), then until Orca is done reading it.
      return heard(60_000, /^Finished loading (?!New Tab\.)/);
    },
    async press(...keys) {
      const said: string[] = [];
      for (const key of keys) {
        xdotool('key', '--clearmodifiers', key);
        said.push(`[${key}]`, ...(await heard(ANSWER_MS, (line) => !ORCA_OWN.test(line))));
      }
      return said;
    },
    async pressUntil(key, wanted, max = 40) {
      const said: string[] = [];
      for (let i = 0; i < max; i++) {
        const now = await reader.press(key);
        said.push(...now);
        if (now.some((l) => wanted.test(l))) return said;
      }
      throw new Error(`${max} × ${key} never said ${wanted}; it said:\n${said.join('\n')}`);
    },
    async closeBrowser() {
      if (!firefox) return;
      const f = firefox;
      firefox = null;
      const gone = new Promise((r) => f.once('exit', r));
      try {
        process.kill(-f.pid!, 'SIGTERM');
      } catch {}
      await gone;
      // What Orca says as the window goes is not part of the next journey.
      await heard(1000);
    },
    async stop() {
      await reader.closeBrowser();
      const gone = children.map((child) => (child.exitCode === null && child.signalCode === null ? new Promise((r) => child.once('exit', r)) : null));
      killAll();
      await Promise.all(gone);
      process.off('exit', killAll);
      rmSync(root, { recursive: true, force: true });
    },
  };
  return reader;
}
