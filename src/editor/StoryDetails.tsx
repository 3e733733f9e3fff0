// The story's and the article's details (story.json, article.json but its paragraphs): what the page
// says above the map and in its credits, the article as published, the map's bounds, the story's
// kinds of place, its timeline events and its credits. Each field has the validator's messages
// beside it; every change goes through `onChange`, so Undo reaches it.

import type { ArticleJson, KindJson, StoryFilesJson, StoryJson } from '../../shared/editor/files.ts';
import { DEFAULT_KINDS } from '../../shared/story/defaultKinds.ts';
import { SYMBOLS, type SymbolName } from '../../shared/story/vocabulary.ts';
import { slug, unique, withField } from './edits.ts';
import { FormField } from './Field.tsx';
import { messagesFor } from './fieldProblems.ts';

/** The fields of story.json and article.json this form shows, so that their problems stand here. */
export const STORY_FIELDS: Readonly<Record<'story' | 'article', readonly string[]>> = {
  story: ['id', 'title', 'dek', 'description', 'publisher', 'bounds', 'kinds', 'events', 'credits'],
  article: ['outlet', 'published', 'dateline', 'headline', 'byline', 'versionNote', 'sourceUrl'],
};

export interface StoryDetailsProps {
  readonly files: StoryFilesJson;
  readonly storyProblems: ReadonlyMap<string, readonly string[]>;
  readonly articleProblems: ReadonlyMap<string, readonly string[]>;
  readonly followBounds: boolean;
  readonly onFollowBounds: (follow: boolean) => void;
  readonly onChange: (change: (files: StoryFilesJson) => StoryFilesJson) => void;
}

/** An id that follows its text while nothing uses it (a kind no place has, an event no date names);
 * once used, it is the others' reference to it and stays. */
function followingId(id: string, text: string, used: boolean, taken: ReadonlySet<string>, fallback: string): string {
  return used ? id : unique(slug(text) || fallback, taken);
}

export function StoryDetails({ files, storyProblems, articleProblems, followBounds, onFollowBounds, onChange }: StoryDetailsProps) {
  const { story, article } = files;
  const setStory = (change: Partial<StoryJson>) => onChange((f) => ({ ...f, story: { ...f.story, ...change } }));
  const setArticle = (change: Partial<ArticleJson>) => onChange((f) => ({ ...f, article: { ...f.article, ...change } }));
  const s = (field: string) => messagesFor(storyProblems, field);
  const a = (field: string) => messagesFor(articleProblems, field);
  const kindsUsed = new Set(files.places.features.map((f) => f.properties.kind));
  const eventsUsed = new Set(files.places.features.flatMap((f) => f.properties.when.map((w) => w.event)));
  const kinds = story.kinds ?? null;
  const events = story.events ?? [];
  const credits = story.credits ?? [];
  const setKinds = (next: readonly KindJson[]) => setStory({ kinds: next });
  const [west, south, east, north] = story.bounds.bbox;
  const setCorner = (i: number, value: string) => {
    const bbox = [...story.bounds.bbox] as [number, number, number, number];
    bbox[i] = Number(value);
    setStory({ bounds: { ...story.bounds, bbox } });
  };

  return (
    <div className="editor-story-form">
      <fieldset>
        <legend>The story</legend>
        <FormField label="Title" value={story.title} messages={s('title')} onChange={(title) => setStory({ title })} />
        <FormField label="Summary" value={story.dek} messages={s('dek')} onChange={(dek) => setStory({ dek })} lines={2} />
        <FormField
          label="What the map shows, in words (for readers who cannot see it)"
          value={story.description}
          messages={s('description')}
          onChange={(description) => setStory({ description })}
          lines={2}
        />
        <FormField
          label="Publisher of the map (optional)"
          value={story.publisher ?? ''}
          messages={s('publisher')}
          onChange={(publisher) => {
            onChange((f) => ({ ...f, story: withField(story, 'publisher', publisher) }));
          }}
        />
      </fieldset>

      <fieldset>
        <legend>The article, as published</legend>
        <FormField
          label="Headline"
          value={article.headline ?? ''}
          messages={a('headline')}
          onChange={(headline) => setArticle({ headline: headline || null })}
        />
        <FormField label="Outlet" value={article.outlet} messages={a('outlet')} onChange={(outlet) => setArticle({ outlet })} />
        <FormField
          label="Published (YYYY-MM-DD)"
          value={article.published}
          messages={a('published')}
          onChange={(published) => setArticle({ published })}
          inputMode="numeric"
          placeholder="YYYY-MM-DD"
        />
        {/* Kept exactly as typed: "ADANA, Turkey" stays in capitals. Empty: the article has none. */}
        <FormField
          label="Dateline (exactly as printed; empty if none)"
          value={article.dateline ?? ''}
          messages={a('dateline')}
          onChange={(dateline) => setArticle({ dateline: dateline || null })}
        />
        <FormField
          label="Byline (empty if none)"
          value={article.byline.lead ?? ''}
          messages={a('byline')}
          onChange={(lead) => setArticle({ byline: { ...article.byline, lead: lead || null } })}
        />
        <FormField label="Article link" value={article.sourceUrl} messages={a('sourceUrl')} onChange={(sourceUrl) => setArticle({ sourceUrl })} type="url" />
        <FormField
          label="Version note (which version of the article the map quotes)"
          value={article.versionNote}
          messages={a('versionNote')}
          onChange={(versionNote) => setArticle({ versionNote })}
          lines={2}
        />
      </fieldset>

      <fieldset>
        <legend>The map’s bounds</legend>
        <div className="editor-check">
          <input id="editor-follow-bounds" type="checkbox" checked={followBounds} onChange={(e) => onFollowBounds(e.target.checked)} />
          <label htmlFor="editor-follow-bounds">Follow the places (the map opens on all of them)</label>
        </div>
        {followBounds ? (
          <p className="editor-hint">
            West {west}°, south {south}°, east {east}°, north {north}°.
          </p>
        ) : (
          <>
            {(['West', 'South', 'East', 'North'] as const).map((side, i) => (
              <FormField
                key={side}
                label={`${side} (degrees)`}
                value={String(story.bounds.bbox[i])}
                messages={i === 0 ? s('bounds.bbox') : []}
                onChange={(v) => setCorner(i, v)}
                inputMode="decimal"
              />
            ))}
            <FormField
              label="Name of the area"
              value={story.bounds.name}
              messages={s('bounds.name')}
              onChange={(name) => setStory({ bounds: { ...story.bounds, name } })}
            />
            <FormField
              label="What the bounds rest on"
              value={story.bounds.basis}
              messages={s('bounds.basis')}
              onChange={(basis) => setStory({ bounds: { ...story.bounds, basis } })}
            />
          </>
        )}
      </fieldset>

      <fieldset>
        <legend>Kinds of place</legend>
        {kinds === null ? (
          <>
            <p className="editor-hint">The default kinds: {DEFAULT_KINDS.map((k) => k.label).join(', ')}.</p>
            <button type="button" onClick={() => setKinds(DEFAULT_KINDS.map(({ tally: _t, ...k }) => k))}>
              Name the kinds in your own words
            </button>
          </>
        ) : (
          <>
            {kinds.map((kind, i) => {
              const used = kindsUsed.has(kind.id);
              const taken = new Set(kinds.filter((_, j) => j !== i).map((k) => k.id));
              const setKind = (change: Partial<KindJson>) => setKinds(kinds.map((k, j) => (j === i ? { ...k, ...change } : k)));
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: a kind's id follows its label as it is typed; its place in the list keeps the field (and focus).
                <div key={i} className="editor-kind">
                  <FormField
                    label={`Kind ${i + 1}`}
                    value={kind.label}
                    messages={s(`kinds.${i}.label`).concat(s(`kinds.${i}.id`))}
                    onChange={(label) => setKind({ label, id: followingId(kind.id, label, used, taken, 'kind') })}
                  />
                  <FormField
                    label={`Plural of kind ${i + 1}`}
                    value={kind.plural}
                    messages={s(`kinds.${i}.plural`)}
                    onChange={(plural) => setKind({ plural })}
                  />
                  <FormField
                    label={`Symbol of kind ${i + 1}`}
                    value={kind.symbol}
                    messages={s(`kinds.${i}.symbol`)}
                    choices={SYMBOLS.map((symbol) => ({ value: symbol, label: symbol }))}
                    onChange={(symbol) => setKind({ symbol: symbol as SymbolName })}
                  />
                  <button type="button" disabled={used || kinds.length === 1} onClick={() => setKinds(kinds.filter((_, j) => j !== i))}>
                    Remove kind {i + 1}
                  </button>
                </div>
              );
            })}
            <button
              type="button"
              onClick={() => setKinds([...kinds, { id: unique('kind', new Set(kinds.map((k) => k.id))), label: '', plural: '', symbol: 'circle' }])}
            >
              Add kind
            </button>
          </>
        )}
      </fieldset>

      <fieldset>
        <legend>Timeline events</legend>
        <p className="editor-hint">An event gathers the dates of several places into one step of the timeline.</p>
        {events.map((event, i) => {
          const used = eventsUsed.has(event.id);
          const taken = new Set(events.filter((_, j) => j !== i).map((e) => e.id));
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: an event's id follows its words as they are typed; its place in the list keeps the field.
            <div key={i} className="editor-event">
              <FormField
                label={`Event ${i + 1}`}
                value={event.what}
                messages={s(`events.${i}`)}
                onChange={(what) => setStory({ events: events.map((e, j) => (j === i ? { id: followingId(e.id, what, used, taken, 'event'), what } : e)) })}
              />
              <button
                type="button"
                disabled={used}
                onClick={() => {
                  const next = events.filter((_, j) => j !== i);
                  onChange((f) => ({ ...f, story: withField(story, 'events', next) }));
                }}
              >
                Remove event {i + 1}
              </button>
            </div>
          );
        })}
        <button type="button" onClick={() => setStory({ events: [...events, { id: unique('event', new Set(events.map((e) => e.id))), what: '' }] })}>
          Add event
        </button>
      </fieldset>

      <fieldset>
        <legend>Credits</legend>
        {credits.map((credit, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a credit has no id; its place in the list is its identity.
          <div key={i} className="editor-credit">
            <FormField
              label={`Credit ${i + 1}: for what`}
              value={credit.for}
              messages={s(`credits.${i}.for`)}
              onChange={(v) => setStory({ credits: credits.map((c, j) => (j === i ? { ...c, for: v } : c)) })}
            />
            <FormField
              label={`Credit ${i + 1}: by whom`}
              value={credit.by}
              messages={s(`credits.${i}.by`)}
              onChange={(by) => setStory({ credits: credits.map((c, j) => (j === i ? { ...c, by } : c)) })}
            />
            <button
              type="button"
              onClick={() => {
                const next = credits.filter((_, j) => j !== i);
                onChange((f) => ({ ...f, story: withField(story, 'credits', next) }));
              }}
            >
              Remove credit {i + 1}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setStory({ credits: [...credits, { for: '', by: '' }] })}>
          Add credit
        </button>
      </fieldset>
    </div>
  );
}
