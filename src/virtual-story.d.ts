// The story, parsed and checked at build time by build/vite/storyPlugin.ts.
declare module 'virtual:story' {
  export const story: import('./story/types.ts').Story;
}
