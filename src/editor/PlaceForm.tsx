// The form of the selected place: the fields of the data contract (geo/README.md), each with the
// validator's messages beside it. Every change goes through `onChange`, so Undo reaches it.
import type { ContextJson, DisputeJson, FeatureJson, PlaceProperties, WhenJson } from '../../shared/editor/files.ts';
import type { KindWords } from '../../shared/story/types.ts';
import { LEVELS, PRECISION_KINDS } from '../../shared/story/vocabulary.ts';
import { withField } from './edits.ts';
import { FormField } from './Field.tsx';
import { messagesFor } from './fieldProblems.ts';
import { OtherPositions } from './OtherPositions.tsx';
import { PositionFields } from './PositionFields.tsx';

export interface PlaceFormProps {
  readonly place: FeatureJson;
  readonly kinds: readonly Pick<KindWords, 'id' | 'label'>[];
  /** The story's declared timeline events (story.json), which a date may belong to. */
  readonly events: readonly { readonly id: string; readonly what: string }[];
  readonly problems: ReadonlyMap<string, readonly string[]>;
  readonly onRename: (name: string) => void;
  /** The label typed: from then on it no longer follows the name. */
  readonly onRelabel: (label: string) => void;
  readonly onChange: (change: (place: FeatureJson) => FeatureJson) => void;
  readonly onRemoveQuote: (quoteId: string) => void;
}

// A place's level is the journalist's choice, except "unlocated", which goes with its precision.
const LEVELS_TO_CHOOSE = LEVELS.filter((level) => level !== 'unlocated');
const CONFIDENCE = ['high', 'medium', 'low'] as const;

export function PlaceForm({ place, kinds, events, problems, onRename, onRelabel, onChange, onRemoveQuote }: PlaceFormProps) {
  const p = place.properties;
  const set = (change: Partial<PlaceProperties>) => onChange((f) => ({ ...f, properties: { ...f.properties, ...change } }));
  const messages = (field: string) => messagesFor(problems, `properties.${field}`);
  const text = (value: string | undefined) => value ?? '';
  const point = place.geometry?.type === 'Point' ? (place.geometry.coordinates as [number, number]) : null;
  // A point's position problems stand beside its Latitude and Longitude; the rest of the geometry's beside Precision.
  const positionMessages = point ? messagesFor(problems, 'geometry.coordinates') : [];
  const geometryMessages = messagesFor(problems, 'geometry').filter((m) => !positionMessages.includes(m));
  return (
    <form className="editor-place" aria-label={`Place: ${p.name || place.id}`} onSubmit={(e) => e.preventDefault()}>
      <FormField label="Name" value={p.name} messages={messages('name')} onChange={(value) => onRename(value)} />
      <FormField label="Label on the map" value={p.label} messages={messages('label')} onChange={(value) => onRelabel(value)} />
      <FormField
        label="Kind"
        value={p.kind ?? ''}
        messages={messages('kind')}
        choices={kinds.map((k) => ({ value: k.id, label: k.label }))}
        onChange={(kind) => {
          onChange((f) => ({ ...f, properties: withField(p, 'kind', kind) }));
        }}
      />

      <fieldset>
        <legend>When</legend>
        {p.when.map((w, i) => {
          const setWhen = (change: Partial<WhenJson>) => set({ when: p.when.map((x, j) => (j === i ? { ...x, ...change } : x)) });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a date has no id; its place in the list is its identity.
            <div key={i} className="editor-when">
              <FormField
                label={`Date ${i + 1} (YYYY-MM-DD)`}
                value={w.date}
                messages={messages(`when.${i}.date`)}
                inputMode="numeric"
                onChange={(date) => setWhen({ date })}
              />
              <FormField
                label={`Local time ${i + 1} (HH:MM, optional)`}
                value={w.timeLocal ?? ''}
                messages={messages(`when.${i}.timeLocal`)}
                inputMode="numeric"
                onChange={(time) => setWhen({ timeLocal: time || undefined })}
              />
              <div className="editor-check">
                <input
                  id={`${place.id}-when-${i}-about`}
                  type="checkbox"
                  checked={w.approximate ?? false}
                  onChange={(e) => setWhen({ approximate: e.target.checked || undefined })}
                />
                <label htmlFor={`${place.id}-when-${i}-about`}>About that time</label>
              </div>
              <FormField label={`What happened ${i + 1}`} value={w.what} messages={messages(`when.${i}.what`)} onChange={(what) => setWhen({ what })} />
              <FormField
                label={`Who reports it ${i + 1}`}
                value={w.source}
                messages={messages(`when.${i}.source`)}
                onChange={(source) => setWhen({ source })}
              />
              {events.length > 0 && (
                <FormField
                  label={`Timeline event ${i + 1}`}
                  value={w.event ?? ''}
                  messages={messages(`when.${i}.event`)}
                  choices={events.map((event) => ({ value: event.id, label: event.what }))}
                  empty="Its own step"
                  onChange={(event) => setWhen({ event: event || undefined })}
                />
              )}
              <button type="button" onClick={() => set({ when: p.when.filter((_, j) => j !== i) })}>
                Remove date {i + 1}
              </button>
            </div>
          );
        })}
        <button type="button" onClick={() => set({ when: [...p.when, { date: '', what: '', source: '' }] })}>
          Add date
        </button>
      </fieldset>

      <fieldset>
        <legend>Where: how precisely it is known</legend>
        <FormField
          label="Precision"
          value={p.precision.kind ?? ''}
          messages={[...messages('precision.kind'), ...geometryMessages]}
          choices={PRECISION_KINDS.map((k) => ({ value: k, label: k === 'unlocated' ? 'not located' : k.replace('-', ' ') }))}
          onChange={(value) => {
            const kind = (value || undefined) as PlaceProperties['precision']['kind'];
            // The editor keeps geometry and precision in step: "not located" has no geometry. It
            // carries over what still applies, and chooses nothing new: no level, no radius.
            onChange((f) => {
              const { kind: _k, level, radiusM, radiusFrom, coordinateSources, otherPositions, basis } = f.properties.precision;
              return {
                ...f,
                geometry: kind === 'unlocated' ? null : f.geometry,
                properties: {
                  ...f.properties,
                  precision: {
                    ...(kind ? { kind } : {}),
                    ...(kind === 'unlocated' ? { level: 'unlocated' as const } : level && level !== 'unlocated' ? { level } : {}),
                    ...(kind === 'approximate' && radiusM !== undefined ? { radiusM, ...(radiusFrom ? { radiusFrom } : {}) } : {}),
                    ...(kind !== 'unlocated' && coordinateSources !== undefined ? { coordinateSources } : {}),
                    ...(kind !== 'unlocated' && otherPositions ? { otherPositions } : {}),
                    basis,
                  },
                },
              };
            });
          }}
        />
        {point && (
          <PositionFields
            position={point}
            messages={positionMessages}
            onChange={(coordinates) => onChange((f) => ({ ...f, geometry: { type: 'Point', coordinates } }))}
          />
        )}
        {p.precision.kind !== 'unlocated' && (
          <FormField
            label="Level"
            value={p.precision.level ?? ''}
            messages={messages('precision.level')}
            choices={LEVELS_TO_CHOOSE.map((l) => ({ value: l, label: l }))}
            onChange={(value) => {
              set({ precision: withField(p.precision, 'level', value as PlaceProperties['precision']['level'] | '') });
            }}
          />
        )}
        {p.precision.kind === 'approximate' && (
          <FormField
            label="Radius (metres)"
            type="number"
            min={1}
            step={100}
            value={String(p.precision.radiusM ?? '')}
            messages={messages('precision.radiusM')}
            onChange={(value) => set({ precision: { ...p.precision, radiusM: Number(value) || undefined } })}
          />
        )}
        {p.precision.kind === 'approximate' && p.precision.radiusM !== undefined && (
          <FormField
            label="Where the radius comes from"
            value={p.precision.radiusFrom ?? ''}
            messages={messages('precision.radiusFrom')}
            // No default: which it is is the journalist's to say, and the page says it to readers.
            choices={[
              { value: 'source', label: 'A source gives it as a bound' },
              { value: 'derived', label: 'Our estimate: no source bounds the place' },
            ]}
            onChange={(value) => {
              set({ precision: withField(p.precision, 'radiusFrom', value as 'source' | 'derived' | '') });
            }}
          />
        )}
        {p.precision.kind !== 'unlocated' && (
          <FormField
            label="Independent sources for the position"
            type="number"
            min={1}
            value={String(p.precision.coordinateSources ?? '')}
            messages={messages('precision.coordinateSources')}
            onChange={(value) => set({ precision: { ...p.precision, coordinateSources: Number(value) || undefined } })}
          />
        )}
        {place.geometry?.type === 'Point' && (p.precision.otherPositions?.length || (p.precision.coordinateSources ?? 1) > 1) ? (
          <OtherPositions
            positions={p.precision.otherPositions ?? []}
            messages={messages('precision.otherPositions')}
            onChange={(otherPositions) => {
              set({ precision: withField(p.precision, 'otherPositions', otherPositions) });
            }}
          />
        ) : null}
        <FormField
          label="What the position rests on"
          value={p.precision.basis}
          messages={messages('precision.basis')}
          onChange={(value) => set({ precision: { ...p.precision, basis: value } })}
          lines={3}
        />
      </fieldset>

      <fieldset>
        <legend>What happened: how sure the sources are</legend>
        <FormField
          label="What the confidence rates"
          value={p.confidence.claim}
          messages={messages('confidence.claim')}
          onChange={(value) => set({ confidence: { ...p.confidence, claim: value } })}
        />
        <FormField
          label="Confidence"
          value={p.confidence.level ?? ''}
          messages={messages('confidence.level')}
          choices={CONFIDENCE.map((l) => ({ value: l, label: l }))}
          onChange={(value) => {
            set({ confidence: withField(p.confidence, 'level', value as PlaceProperties['confidence']['level'] | '') });
          }}
        />
      </fieldset>

      <fieldset>
        <legend>Naming</legend>
        <FormField
          label="Does the article name it?"
          value={p.naming.inArticle === undefined ? '' : p.naming.inArticle ? 'yes' : 'no'}
          messages={messages('naming.inArticle')}
          choices={[
            { value: 'yes', label: 'Yes: the article names it' },
            { value: 'no', label: 'No: we identify it (say who below)' },
          ]}
          onChange={(value) => {
            set({ naming: withField(p.naming, 'inArticle', value ? value === 'yes' : undefined) });
          }}
        />
        <FormField
          label="The article's words for it"
          value={text(p.naming.articleWords ?? undefined)}
          messages={messages('naming.articleWords')}
          onChange={(value) => set({ naming: { ...p.naming, articleWords: value || null } })}
        />
        {p.naming.inArticle === false && (
          <FormField
            label="Who identifies it"
            value={text(p.naming.identifiedBy)}
            messages={[...(problems.get('properties.naming') ?? []), ...messages('naming.identifiedBy')]}
            onChange={(value) => set({ naming: { ...p.naming, identifiedBy: value || undefined } })}
          />
        )}
      </fieldset>

      <fieldset>
        <legend>Sources</legend>
        {p.sources.map((source, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a source has no id; its place in the list is its identity.
          <div key={i} className="editor-source">
            <FormField
              label={`Source ${i + 1}`}
              value={source.label}
              messages={messages(`sources.${i}.label`)}
              onChange={(label) => set({ sources: p.sources.map((s, j) => (j === i ? { ...s, label } : s)) })}
            />
            <FormField
              label={`Link of source ${i + 1}`}
              type="url"
              value={source.url ?? ''}
              messages={messages(`sources.${i}.url`)}
              onChange={(url) => set({ sources: p.sources.map((s, j) => (j === i ? { ...s, url: url || null } : s)) })}
            />
          </div>
        ))}
        {messagesFor(problems, 'properties.sources').length > 0 && p.sources.length === 0 && (
          <ul className="editor-messages">
            {messagesFor(problems, 'properties.sources').map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
        <button type="button" onClick={() => set({ sources: [...p.sources, { label: '', url: null }] })}>
          Add source
        </button>
      </fieldset>

      <fieldset>
        <legend>Quotes</legend>
        {p.quotes.length === 0 ? (
          <>
            <p className="editor-hint">Select words in the article, then Quote selection.</p>
            <FormField
              label="Or: why the article has no words for it"
              value={p.noQuoteReason ?? ''}
              messages={messages('noQuoteReason')}
              onChange={(value) => set({ noQuoteReason: value || undefined })}
              lines={3}
            />
          </>
        ) : (
          <ul className="editor-quotes">
            {p.quotes.map((q) => (
              <li key={q.id}>
                <q>{q.text}</q> ({q.attributedTo}, {q.relation}){' '}
                <button type="button" onClick={() => onRemoveQuote(q.id)}>
                  Remove quote
                </button>
              </li>
            ))}
          </ul>
        )}
        {p.quotes.length > 0 && messagesFor(problems, 'properties.quotes').length > 0 && (
          <ul className="editor-messages">
            {messagesFor(problems, 'properties.quotes').map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
      </fieldset>

      <fieldset>
        <legend>Other reporting</legend>
        <p className="editor-hint">What other sources say of this place, beside the article, each with who says it.</p>
        {p.context.map((c, i) => {
          const setContext = (change: Partial<ContextJson>) => set({ context: p.context.map((x, j) => (j === i ? { ...x, ...change } : x)) });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a report has no id; its place in the list is its identity.
            <div key={i} className="editor-context">
              <FormField
                label={`Other reporting ${i + 1}: what it says`}
                value={c.text}
                messages={messages(`context.${i}.text`)}
                onChange={(text) => setContext({ text })}
                lines={2}
              />
              <FormField
                label={`Other reporting ${i + 1}: who reports it`}
                value={c.source}
                messages={messages(`context.${i}.source`)}
                onChange={(source) => setContext({ source })}
              />
              <FormField
                label={`Other reporting ${i + 1}: link (optional)`}
                value={c.url ?? ''}
                messages={messages(`context.${i}.url`)}
                onChange={(url) => setContext({ url: url || null })}
                type="url"
              />
              <button type="button" onClick={() => set({ context: p.context.filter((_, j) => j !== i) })}>
                Remove other reporting {i + 1}
              </button>
            </div>
          );
        })}
        <button type="button" onClick={() => set({ context: [...p.context, { text: '', source: '', url: null }] })}>
          Add other reporting
        </button>
      </fieldset>

      <fieldset>
        <legend>Disputes: claims side by side</legend>
        <p className="editor-hint">A question the sources answer differently, and the quotes of this place that answer it: the page shows them side by side.</p>
        {(p.disputes ?? []).map((d, i) => {
          const disputes = p.disputes ?? [];
          const setDispute = (change: Partial<DisputeJson>) => set({ disputes: disputes.map((x, j) => (j === i ? { ...x, ...change } : x)) });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a dispute has no id; its place in the list is its identity.
            <div key={i} className="editor-dispute">
              <FormField
                label={`Dispute ${i + 1}: the question`}
                value={d.question}
                messages={messages(`disputes.${i}`)}
                onChange={(question) => setDispute({ question })}
              />
              <fieldset>
                <legend>The quotes that answer it</legend>
                {p.quotes.map((q) => (
                  <div key={q.id} className="editor-check">
                    <input
                      id={`${place.id}-dispute-${i}-${q.id}`}
                      type="checkbox"
                      checked={d.quotes.includes(q.id)}
                      onChange={(e) => setDispute({ quotes: e.target.checked ? [...d.quotes, q.id] : d.quotes.filter((x) => x !== q.id) })}
                    />
                    <label htmlFor={`${place.id}-dispute-${i}-${q.id}`}>
                      {q.attributedTo}: “{q.text}”
                    </label>
                  </div>
                ))}
              </fieldset>
              <button
                type="button"
                onClick={() => {
                  const next = disputes.filter((_, j) => j !== i);
                  onChange((f) => ({ ...f, properties: withField(p, 'disputes', next) }));
                }}
              >
                Remove dispute {i + 1}
              </button>
            </div>
          );
        })}
        <button type="button" disabled={p.quotes.length < 2} onClick={() => set({ disputes: [...(p.disputes ?? []), { question: '', quotes: [] }] })}>
          Add dispute
        </button>
        {p.quotes.length < 2 && <p className="editor-hint">A dispute needs two quotes of this place at least.</p>}
      </fieldset>
    </form>
  );
}
