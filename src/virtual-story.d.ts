// The story, parsed and checked at build time by src/data/storyPlugin.ts.
declare module 'virtual:story' {
  export const story: import('./data/types.ts').Story;
}
