// One way to drive the story page in every engine (drivers/playwright.ts, drivers/webkitgtk.ts):
// specs named *.neutral.spec.ts use only this interface, so the same data-driven tests run in
// Chromium and Firefox through Playwright and in WebKitGTK through its WebDriver.
export type Engine = 'playwright' | 'webkit-webdriver';
export type EngineOptions = { engine: Engine };

/** What the open popup shows. */
export interface PopupInfo {
  readonly placeId: string | null;
  readonly title: string;
  /** Each blockquote's text content, exactly. */
  readonly quotes: readonly string[];
  readonly text: string;
}

/** Who has focus. */
export interface Focused {
  readonly tag: string;
  readonly role: string | null;
  readonly label: string | null;
  readonly id: string;
  readonly placeId: string | null;
  /** The place whose popup holds the element; null outside a popup. */
  readonly inPopupOf: string | null;
  /** True when the element is inside the viewport. */
  readonly inViewport: boolean;
}

export interface StoryUI {
  readonly engine: Engine;
  goto(path: string): Promise<void>;
  /** Waits until the map shows `count` place markers. */
  waitForMarkers(count: number): Promise<void>;
  /** The computed accessible names of the place markers shown (not in a group), and their roles. */
  markers(): Promise<{ name: string; role: string }[]>;
  /** Clicks a place's marker; a place in a group is reached first by clicking its group, which
   * zooms in until it stands apart, as a reader would. */
  clickMarker(name: string): Promise<void>;
  /** Focuses a place's marker, opening the group it is in first with the keyboard. */
  focusMarker(name: string): Promise<void>;
  /** The groups of places too close to tell apart at the map's zoom. */
  groups(): Promise<{ name: string; ids: string[] }[]>;
  /** Presses a key on whatever has focus ("Enter", "Escape", " ", "Tab"). */
  press(key: string): Promise<void>;
  /** Waits for an open, visible popup (of `placeId`, when given) and reads it. */
  popup(placeId?: string): Promise<PopupInfo>;
  waitForNoPopup(): Promise<void>;
  /** Waits until `test` holds for the focused element. */
  waitForFocus(test: (f: Focused) => boolean, what: string): Promise<Focused>;
  /** Clicks the open popup's close (×) button. */
  clickPopupClose(): Promise<void>;
  /** Clicks the link in the open popup whose text starts with `text`. */
  clickPopupLink(text: string): Promise<void>;
  /** Clicks the words of an article passage quoted for `placeId` alone (a mouse reader's way in). */
  clickPassage(placeId: string): Promise<void>;
  /** Clicks the button for `placeId` after a passage (the keyboard's and the screen reader's way in). */
  clickPassageChip(placeId: string): Promise<void>;
  /** Clicks the first element matching the CSS `selector`, checking that the click reached it. */
  click(selector: string): Promise<void>;
  /** Waits until `fn`, run in the page with `arg`, returns true. */
  waitUntil<A>(fn: (arg: A) => boolean, arg: A, what: string): Promise<void>;
  eval<T>(fn: () => T): Promise<T>;
  evalArg<A, T>(fn: (arg: A) => T, arg: A): Promise<T>;
  screenshot(file: string): Promise<void>;
}

/** The members (data-place-ids) of the group a place's marker is hidden in, or null when its marker
 * is shown. Places too close to tell apart at the map's zoom are one group button (LabelLayout.tsx). */
export const GROUP_OF = (name: string): string | null => {
  const marker = [...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane [data-place-id]')].find((m) => m.getAttribute('aria-label') === name);
  if (marker?.style.display !== 'none') return null;
  const group = [...document.querySelectorAll<HTMLElement>('.place-group[data-place-ids]')].find((g) =>
    g.dataset.placeIds!.split(' ').includes(marker.dataset.placeId!),
  );
  return group?.dataset.placeIds ?? null;
};

/** The map's groups: each one's accessible name and its places' ids. */
export const READ_GROUPS = (): { name: string; ids: string[] }[] =>
  [...document.querySelectorAll<HTMLElement>('.place-group[data-place-ids]')].map((g) => ({
    name: g.getAttribute('aria-label') ?? '',
    ids: g.dataset.placeIds!.split(' '),
  }));

/** Where each place marker's symbol is drawn, against where Leaflet anchors it (the place's true
 * point, latLngToLayerPoint through the map pane's offset, in viewport pixels), or, for a place too
 * close to others to tell apart, the group circle it is drawn in. */
export const READ_SYMBOLS = (): {
  id: string;
  name: string;
  point: [number, number];
  symbol: [number, number] | null;
  group: { ids: string[]; centre: [number, number]; radius: number } | null;
}[] => {
  const translate = (el: HTMLElement): [number, number] => {
    const m = /translate3d\((-?[\d.]+)px, (-?[\d.]+)px/.exec(el.style.transform);
    return m ? [Number(m[1]), Number(m[2])] : [0, 0];
  };
  const container = document.querySelector('.leaflet-container')!.getBoundingClientRect();
  const [px, py] = translate(document.querySelector<HTMLElement>('.leaflet-map-pane')!);
  const groups = [...document.querySelectorAll<HTMLElement>('.place-group[data-place-ids]')].map((g) => {
    const r = g.getBoundingClientRect();
    return { ids: g.dataset.placeIds!.split(' '), centre: [r.left + r.width / 2, r.top + r.height / 2] as [number, number], radius: r.width / 2 };
  });
  return [...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane [data-place-id]')].map((m) => {
    const [x, y] = translate(m);
    const shown = m.style.display !== 'none';
    const r = m.querySelector('.sym')!.getBoundingClientRect();
    return {
      id: m.dataset.placeId!,
      name: m.getAttribute('aria-label') ?? '',
      point: [container.left + px + x, container.top + py + y],
      symbol: shown ? [r.left + r.width / 2, r.top + r.height / 2] : null,
      group: shown ? null : (groups.find((g) => g.ids.includes(m.dataset.placeId!)) ?? null),
    };
  });
};

export const READ_POPUP = (): PopupInfo | null => {
  // A closing popup fades out for a moment beside the new one: read the newest.
  const all = document.querySelectorAll('.leaflet-popup .leaflet-popup-content');
  const content = all[all.length - 1];
  const popup = content?.closest('.leaflet-popup') as HTMLElement | null;
  if (!content || !popup || getComputedStyle(popup).opacity === '0') return null;
  const dialog = content.querySelector('[role="dialog"]');
  if (!dialog) return null;
  return {
    placeId: dialog.getAttribute('data-place-id'),
    title: dialog.querySelector('h2')?.textContent ?? '',
    quotes: [...dialog.querySelectorAll('blockquote')].map((b) => b.textContent ?? ''),
    text: dialog.textContent ?? '',
  };
};

export const READ_FOCUS = (): Focused => {
  const el = document.activeElement as HTMLElement | null;
  const r = el?.getBoundingClientRect();
  return {
    tag: el?.tagName.toLowerCase() ?? '',
    role: el?.getAttribute('role') ?? null,
    label: el?.getAttribute('aria-label') ?? null,
    id: el?.id ?? '',
    placeId: el?.getAttribute('data-place-id') ?? null,
    inPopupOf: el?.closest('.leaflet-popup')?.querySelector('[role="dialog"]')?.getAttribute('data-place-id') ?? null,
    inViewport: !!r && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
  };
};
