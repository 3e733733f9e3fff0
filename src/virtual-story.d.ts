// The story, parsed and checked at build time by node/vite/storyPlugin.ts.
declare module 'virtual:story' {
  export const story: import('../shared/story/types.ts').Story;
}

// The story's own stylesheet: the drawn first frame and the timeline's axis (node/vite/storyCssPlugin.ts).
declare module 'virtual:story.css';
