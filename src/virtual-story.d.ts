// The story, parsed and checked at build time by node/vite/storyPlugin.ts.
declare module 'virtual:story' {
  export const story: import('../shared/story/types.ts').Story;
}
