// The story's own stylesheet, `virtual:story.css`: what the page draws before its script, placed for
// this story without a style attribute (the pages' policy forbids them, shared/host/csp.ts) — the
// drawn first frame's scale and symbols (shared/map/firstFrame.ts) and the timeline axis's layouts
// and marks (shared/story/axisClasses.ts).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { BasemapMeta } from '../../shared/map/basemapTypes.ts';
import { firstFrameCss, frameBox, framePlaces } from '../../shared/map/firstFrame.ts';
import { axisCss } from '../../shared/story/axisClasses.ts';
import { isClustered } from '../../shared/story/scale.ts';
import { isLocated, type Story } from '../../shared/story/types.ts';
import { loadStoryDir, storyPaths } from '../story/loadStoryDir.ts';
import { cutStoryBasemap } from './basemapPlugin.ts';

const ID = 'virtual:story.css';
const RESOLVED = `\0${ID}`;

/** The stylesheet for the story in `dir` with its cut basemap's zoom range. */
export function storyCss(story: Story, meta: BasemapMeta): string {
  const located = story.places.filter(isLocated);
  const box = frameBox(located.flatMap((p) => [p.position, ...(p.area?.flat() ?? [])]));
  // A clustered story's first frame is its basemap alone (src/map/DrawnMap.tsx).
  const frame = firstFrameCss(box, isClustered(story) ? [] : framePlaces(located), meta.minZoom, meta.maxZoom);
  return `${frame}${axisCss(story.axis)}`;
}

export function storyCssPlugin(storyDir: string): Plugin {
  const dir = resolve(storyDir);
  return {
    name: 'story-map:story-css',
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      for (const file of Object.values(storyPaths(dir))) this.addWatchFile(file);
      let story: Story;
      try {
        story = loadStoryDir(dir);
      } catch {
        return ''; // A story that does not validate yet (the dev server): virtual:story says why.
      }
      const meta = JSON.parse(readFileSync(join(cutStoryBasemap(dir), 'meta.json'), 'utf8')) as BasemapMeta;
      return storyCss(story, meta);
    },
  };
}
