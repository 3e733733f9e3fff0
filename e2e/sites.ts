// The fixture stories' sites (built by scripts/e2e.mjs from e2e/fixtures/stories.ts), each served
// on its own loopback port for the worker's lifetime. The xss site is served without the
// Content-Security-Policy: the test must see what the page itself does with untrusted text, not
// what the policy would block.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadStoryDir } from '../node/story/loadStoryDir.ts';
import { serve } from '../scripts/serve.mjs';
import type { Story } from '../shared/story/types.ts';
import { FIXTURE_NAMES, type FixtureName, fixtureSiteDir, fixtureStoryDir } from './fixtures/stories.ts';
import { test as base } from './fixtures.ts';

export interface Sites {
  /** The site's root URL, ending in "/". */
  url(name: FixtureName): string;
  story(name: FixtureName): Story;
}

export const test = base.extend<{}, { sites: Sites }>({
  sites: [
    async ({}, use) => {
      const servers = new Map<FixtureName, Server>();
      for (const name of FIXTURE_NAMES) servers.set(name, await serve({ dir: fixtureSiteDir(name), port: 0, csp: name !== 'xss' }));
      const stories = new Map<FixtureName, Story>();
      await use({
        url: (name) => `http://127.0.0.1:${(servers.get(name)!.address() as AddressInfo).port}/`,
        story: (name) => {
          if (!stories.has(name)) stories.set(name, loadStoryDir(fixtureStoryDir(name)));
          return stories.get(name)!;
        },
      });
      for (const server of servers.values()) server.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from './fixtures.ts';
