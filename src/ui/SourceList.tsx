// A place's sources, as links where they have an address. Shared by the popup and the places list.
import type { Source } from '../../shared/story/types.ts';

export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ul>
      {sources.map((s) => (
        <li key={s.label}>{s.url ? <a href={s.url}>{s.label}</a> : s.label}</li>
      ))}
    </ul>
  );
}
