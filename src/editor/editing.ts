// The editor's state of the story, as a pure reducer: the files as edited, the versions they were
// read or saved at, every earlier version (Undo), and whether the map's bounds follow the places.

import type { Versions } from '../../shared/editor/api.ts';
import type { StoryFilesJson } from '../../shared/editor/files.ts';
import { followPlaces, followsPlaces } from './bounds.ts';

export interface Editing {
  readonly folder: string;
  readonly files: StoryFilesJson;
  readonly versions: Versions;
  /** Every earlier version of the files since the editor opened, newest last. */
  readonly past: readonly StoryFilesJson[];
  /** The bounds follow the places (until the journalist sets them). */
  readonly followBounds: boolean;
}

export type EditingAction =
  | { readonly type: 'open'; readonly folder: string; readonly files: StoryFilesJson; readonly versions: Versions }
  | { readonly type: 'edit'; readonly change: (files: StoryFilesJson) => StoryFilesJson }
  | { readonly type: 'undo' }
  | { readonly type: 'saved'; readonly versions: Versions }
  | { readonly type: 'follow-bounds'; readonly follow: boolean };

/** `change` is a pure function of the files (edits.ts): the reducer stays pure. */
export function editing(state: Editing | null, action: EditingAction): Editing | null {
  if (action.type === 'open') {
    // A story opened with bounds that are the places' goes on following them; a new story's do.
    const follow = followsPlaces(action.files) || action.files.places.features.length === 0;
    return { folder: action.folder, files: follow ? followPlaces(action.files) : action.files, versions: action.versions, past: [], followBounds: follow };
  }
  if (!state) return state;
  switch (action.type) {
    case 'edit': {
      const changed = action.change(state.files);
      const next = state.followBounds ? followPlaces(changed) : changed;
      return next === state.files ? state : { ...state, files: next, past: [...state.past, state.files] };
    }
    case 'undo':
      return state.past.length === 0 ? state : { ...state, files: state.past.at(-1)!, past: state.past.slice(0, -1) };
    case 'saved':
      return { ...state, versions: action.versions };
    case 'follow-bounds': {
      if (!action.follow) return { ...state, followBounds: false };
      const next = followPlaces(state.files);
      return { ...state, followBounds: true, files: next, past: next === state.files ? state.past : [...state.past, state.files] };
    }
  }
}
