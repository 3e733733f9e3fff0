// The story page driven through WebKitGTK's WebDriver (WebKitWebDriver + MiniBrowser) and
// WebdriverIO. Every line here works around what Playwright's own WebKit would give for free: it
// cannot be downloaded here. Delete this file when it can.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { waitUntilStill } from '../helpers.ts';
import { type Focused, GROUP_OF, type PopupInfo, READ_FOCUS, READ_GROUPS, READ_POPUP, type StoryUI } from './storyUI.ts';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * What MiniBrowser's page process is started with. Skia paints with the CPU, not with GL: under
 * Xvfb the only GL is Mesa's software rasteriser (llvmpipe, `swrast_dri.so`), and WebKitGTK 2.50
 * painting with it from its GPU worker thread beside the page's own thread crashed the page's
 * process about once in 150 tests, always at the same instruction of Mesa 22.3.6 (the kernel's
 * log: `SkiaGPUWorker[…]: segfault … in swrast_dri.so[6e00f9, …]`, and the same function from the
 * main thread). What the page does is the same either way; only who paints it changes.
 */
const WEBKIT_ENV = { WEBKIT_SKIA_ENABLE_CPU_RENDERING: '1' };

/** Starts a WebKitWebDriver on `port`; resolves once it answers. What it and the MiniBrowsers it
 * starts print (their stderr: a crash's last words, GLib's warnings) goes to `log`. */
export async function startWebKitDriver(port: number, log: string): Promise<ChildProcess> {
  mkdirSync(dirname(log), { recursive: true });
  const out = openSync(log, 'a');
  const driver: ChildProcess = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: ['ignore', out, out], env: { ...process.env, ...WEBKIT_ENV } });
  closeSync(out);
  let ready = false;
  for (let i = 0; i < 100 && !ready; i++) {
    try {
      ready = (await fetch(`http://127.0.0.1:${port}/status`)).ok;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  if (!ready) throw new Error('WebKitWebDriver did not start: is webkit2gtk-driver installed, and is there an X display (xvfb-run)?');
  return driver;
}

/** Opens a MiniBrowser session on the driver at `port`, at the tests' window size. */
export async function openWebKitSession(port: number): Promise<WebdriverIO.Browser> {
  const { remote } = await import('webdriverio');
  const browser = await remote({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'warn',
    capabilities: {
      browserName: 'MiniBrowser',
      // Without this WebdriverIO asks for BiDi, which WebKitGTK's driver refuses.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    } as WebdriverIO.Capabilities,
  });
  await browser.setWindowSize(1280, 860);
  return browser;
}

/** The size of `log` now, to read what is written to it after (`logSince`). */
export const logSize = (log: string): number => statSync(log, { throwIfNoEntry: false })?.size ?? 0;

/** What was written to `log` from byte `from` on, its last `lines` lines. */
export function logSince(log: string, from: number, lines = 60): string {
  return readFileSync(log).subarray(from).toString('utf8').split('\n').slice(-lines).join('\n');
}

export function webdriverUI(b: WebdriverIO.Browser, baseURL: string): StoryUI {
  const timeout = 10_000;
  const markerByName = async (name: string) => {
    let found: WebdriverIO.Element | null = null;
    await b.waitUntil(
      async () => {
        for (const el of await b.$$('.leaflet-marker-pane [role="button"]')) {
          if ((await el.getComputedLabel()) === name) {
            found = el;
            return true;
          }
        }
        return false;
      },
      { timeout, timeoutMsg: `no marker named "${name}"` },
    );
    return found! as WebdriverIO.Element;
  };
  const KEYS: Record<string, string> = {
    Enter: '\uE007',
    Escape: '\uE00C',
    Tab: '\uE004',
    ' ': '\uE00D',
    End: '\uE010',
    Home: '\uE011',
    ArrowLeft: '\uE012',
    ArrowUp: '\uE013',
    ArrowRight: '\uE014',
    ArrowDown: '\uE015',
  };
  /** Opens (with `open`) the group a place is in, and any group it is then still in, until its own
   * marker shows: the layout shows it once the map has stopped moving. */
  const openGroupsOf = async (name: string, open: (group: WebdriverIO.Element) => Promise<void>): Promise<void> => {
    for (let depth = 0; ; depth++) {
      const ids = (await (b.execute as unknown as (f: typeof GROUP_OF, a: string) => Promise<string | null>)(GROUP_OF, name)) as string | null;
      if (ids === null) return;
      if (depth === 3) throw new Error(`${name} is still in a group after three zooms`);
      await open(await b.$(`.place-group[data-place-ids="${ids}"]`).getElement());
      await b.waitUntil(async () => (await (b.execute as unknown as (f: typeof GROUP_OF, a: string) => Promise<string | null>)(GROUP_OF, name)) !== ids, {
        timeout,
        timeoutMsg: `the group of ${name} never opened`,
      });
    }
  };
  /** Scrolls with plain JS (WebKitGTK's Actions-based scrolling misplaces targets), waits until the
   * element stops moving (a smooth scroll or the map's pan may still be running, as Playwright's own
   * click waits for), then clicks. WebDriver's Element Click aims at the centre of the element's first
   * line box, so a passage that wraps over several lines is clicked on its text. */
  const clickInline = async (el: WebdriverIO.Element, block: ScrollLogicalPosition = 'center'): Promise<void> => {
    await b.execute((e: HTMLElement, where: ScrollLogicalPosition) => e.scrollIntoView({ block: where }), el as unknown as HTMLElement, block);
    // The map at rest, and the page's scroll too: a paragraph link's smooth scroll may still be
    // running, and while it does WebKitGTK can deliver the click's mouseup elsewhere (the link keeps
    // focus, no click). Under Xvfb its animation frames can be ~300 ms apart, so ask for ~450 ms
    // without a change.
    await waitUntilStill(
      'before a click, the element, the map and the page',
      () =>
        b.execute(
          (e: HTMLElement) => ({
            moving: document.querySelector('.leaflet-container[data-moving]') !== null,
            box: e.getClientRects()[0]?.toJSON() as unknown,
            scroll: window.scrollY,
          }),
          el as unknown as HTMLElement,
        ),
      { looks: 4, interval: 150, atRest: (seen) => !seen.moving },
    );
    // Then one click, checked: a click delivered to whatever lay under that point a moment before
    // (seen now and then: the popup around a link) is the runner's to retry and report.
    await b.execute(
      (e: HTMLElement) => {
        delete e.dataset.e2eClicked;
        e.addEventListener('click', () => (e.dataset.e2eClicked = ''), { once: true, capture: true });
      },
      el as unknown as HTMLElement,
    );
    await el.click();
    // An element the click took away (a popup replaced by another place's) may be gone from the
    // driver's reach too: that is a click that reached it.
    const reached = await b
      .execute((e: HTMLElement) => e.dataset.e2eClicked !== undefined || !e.isConnected, el as unknown as HTMLElement)
      .catch((error: Error) => {
        if (/stale element/i.test(`${error.name} ${error.message}`)) return true;
        throw error;
      });
    if (!reached) throw new Error('the click landed elsewhere (something else lay under the pointer)');
  };
  return {
    engine: 'webkit-webdriver',
    goto: async (path) => {
      await b.url(new URL(path, baseURL).toString());
    },
    waitForMarkers: async (count) => {
      const markers = () => document.querySelectorAll('.leaflet-marker-pane [role="button"]').length;
      await b.waitUntil(async () => (await b.execute(markers)) === count, { timeout, timeoutMsg: `expected ${count} markers` });
      // And laid out: which places stand in groups is known only then (LabelLayout.tsx).
      const laidOut = () => document.querySelector<HTMLElement>('.leaflet-container')?.dataset.labels === 'laid-out';
      if (count > 0) await b.waitUntil(async () => (await b.execute(laidOut)) === true, { timeout, timeoutMsg: 'the labels were never laid out' });
    },
    markers: async () => {
      const out: { name: string; role: string }[] = [];
      for (const el of await b.$$('.leaflet-marker-pane [role="button"]')) {
        // A place in a group is hidden with it: the group names it (groups()).
        if (!(await el.isDisplayed())) continue;
        out.push({ name: await el.getComputedLabel(), role: await el.getComputedRole() });
      }
      return out;
    },
    groups: async () => (await b.execute(READ_GROUPS)) as { name: string; ids: string[] }[],
    clickMarker: async (name) => {
      await openGroupsOf(name, async (group) => clickInline(group, 'nearest'));
      // As a reader aims: at the symbol, once it has stopped moving.
      // 'nearest': centring would also scroll Leaflet's overflow-hidden container and misplace the map.
      await clickInline(await (await markerByName(name)).$('.sym').getElement(), 'nearest');
    },
    focusMarker: async (name) => {
      await openGroupsOf(name, async (group) => {
        await b.execute((e: HTMLElement) => e.focus(), group as unknown as HTMLElement);
        await b.keys('\uE007');
      });
      const el = await markerByName(name);
      await b.execute((e: HTMLElement) => e.focus(), el as unknown as HTMLElement);
    },
    press: async (key) => {
      await b.keys(KEYS[key] ?? key);
    },
    popup: async (placeId) => {
      let info: PopupInfo | null = null;
      await b.waitUntil(
        async () => {
          info = (await b.execute(READ_POPUP)) as PopupInfo | null;
          return info !== null && (placeId === undefined || info.placeId === placeId);
        },
        {
          timeout,
          timeoutMsg: `no popup of ${placeId ?? 'any place'} opened`,
        },
      );
      return info!;
    },
    waitForNoPopup: async () => {
      const popups = () => document.querySelectorAll('.leaflet-popup').length;
      await b.waitUntil(async () => (await b.execute(popups)) === 0, { timeout, timeoutMsg: 'the popup stayed open' });
    },
    waitForFocus: async (testFocus, what) => {
      let focused: Focused | null = null;
      await b
        .waitUntil(
          async () => {
            focused = (await b.execute(READ_FOCUS)) as Focused;
            return testFocus(focused);
          },
          { timeout, timeoutMsg: `focus: ${what}` },
        )
        .catch(() => {
          throw new Error(`focus: ${what}; focused: ${JSON.stringify(focused)}`);
        });
      return focused!;
    },
    clickPopupClose: async () => {
      // The newest popup is the pane's last child (a closing one may still be fading out before it).
      await clickInline(await b.$('.leaflet-popup-pane > .leaflet-popup:last-child .leaflet-popup-close-button').getElement(), 'nearest');
    },
    clickPopupLink: async (text) => {
      // Waited for, as Playwright's locators wait: the popup's body is a chunk of its own and may
      // still be on its way when the popup's frame is open.
      const find = async () => {
        for (const link of await b.$$('.leaflet-popup [role="dialog"] a')) if ((await link.getText()).startsWith(text)) return link;
        return null;
      };
      await b.waitUntil(async () => (await find()) !== null, { timeout, timeoutMsg: `no popup link starting "${text}"` });
      // 'nearest': centring would also scroll Leaflet's overflow-hidden container and misplace the map.
      await clickInline((await find())!, 'nearest');
    },
    clickPassage: async (placeId) => {
      await clickInline(await b.$(`.article .passage--opens[data-places="${placeId}"]`).getElement());
    },
    clickPassageChip: async (placeId) => {
      await clickInline(await b.$(`.article .passage-chips button[data-chip-for="${placeId}"]`).getElement());
    },
    click: async (selector) => {
      await clickInline(await b.$(selector).getElement());
    },
    waitUntil: async (fn, arg, what) => {
      // Called on `b`, as evalArg does: taken off it, execute loses its browser.
      await b.waitUntil(async () => (await (b.execute as unknown as (f: typeof fn, a: typeof arg) => Promise<boolean>)(fn, arg)) === true, {
        timeout,
        timeoutMsg: what,
      });
    },
    eval: async (fn) => (await b.execute(fn)) as Awaited<ReturnType<typeof fn>>,
    evalArg: async <A, T>(fn: (arg: A) => T, arg: A) => (await (b.execute as unknown as (f: (a: A) => T, a: A) => Promise<T>)(fn, arg)) as T,
    screenshot: async (file) => {
      await b.saveScreenshot(file);
    },
  };
}

/** Records the page's Content-Security-Policy violations from its first script on, as
 * "directive blocked-URI"; call before `page.goto`, read with the function it returns. */
