// The story, parsed and checked at build time by src/data/storyPlugin.ts.
declare module 'virtual:story' {
  import type { Story } from './data/types';
  export const story: Story;
}
