// The editor's calls to its server (node/vite/editorApiPlugin.ts).

import type { GazetteerMatch, Problem, Saved, Versions } from '../../shared/editor/api.ts';
import type { StoryFilesJson } from '../../shared/editor/files.ts';

export type { GazetteerMatch, Saved };

export interface Opened {
  /** null: a new story (the folder does not exist yet, or holds no story). */
  readonly files: StoryFilesJson | null;
  readonly versions: Versions;
  readonly folder: string;
}

async function call<T>(path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const response = await fetch(
    `/api/${path}`,
    body === undefined ? { signal } : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal },
  );
  if (response.status >= 500 || response.status === 400 || response.status === 404)
    throw new Error(`the editor's server answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

export const openStory = (): Promise<Opened> => call('story');
export const checkStory = (files: StoryFilesJson): Promise<{ errors: readonly Problem[]; warnings: readonly Problem[] }> => call('check', { files });
export const saveStory = (files: StoryFilesJson, versions: Versions): Promise<Saved> => call('save', { files, versions });
export const findPlaces = (query: string, signal?: AbortSignal): Promise<readonly GazetteerMatch[]> =>
  call<{ matches: readonly GazetteerMatch[] }>(`places?q=${encodeURIComponent(query)}`, undefined, signal).then((r) => r.matches);
