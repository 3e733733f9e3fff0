// The editor's calls to its server (build/vite/editorApiPlugin.ts).
import type { Problem, Saved, StoryFilesJson, Versions } from './files.ts';

export type { Saved };

export interface Opened {
  readonly files: StoryFilesJson;
  readonly versions: Versions;
  readonly folder: string;
}

async function call<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(
    `/api/${path}`,
    body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
  if (response.status >= 500 || response.status === 400 || response.status === 404)
    throw new Error(`the editor's server answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

export const openStory = (): Promise<Opened> => call('story');
export const checkStory = (files: StoryFilesJson): Promise<{ errors: readonly Problem[]; warnings: readonly Problem[] }> => call('check', { files });
export const saveStory = (files: StoryFilesJson, versions: Versions): Promise<Saved> => call('save', { files, versions });
