// The form of the selected place: the fields of the data contract (geo/README.md), each with the
// validator's messages beside it. Every change goes through `onChange`, so Undo reaches it.
import type { KindWords } from '../story/types.ts';
import { Field, TextField } from './Field.tsx';
import { OtherPositions } from './OtherPositions.tsx';
import { PositionFields } from './PositionFields.tsx';
import { messagesFor } from './fieldProblems.ts';
import type { ContextJson, DisputeJson, FeatureJson, PlaceProperties, WhenJson } from './files.ts';

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

const PRECISION_KINDS = ['exact', 'approximate', 'named-area', 'unlocated'] as const;
const LEVELS = ['facility', 'town', 'city', 'region'] as const;
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
      <TextField label="Name" value={p.name} messages={messages('name')} onChange={(value) => onRename(value)} />
      <TextField label="Label on the map" value={p.label} messages={messages('label')} onChange={(value) => onRelabel(value)} />
      <Field label="Kind" messages={messages('kind')}>
        {({ id, describedBy }) => (
          <select
            id={id}
            value={p.kind ?? ''}
            aria-describedby={describedBy}
            onChange={(e) => {
              const { kind: _old, ...rest } = p;
              onChange((f) => ({ ...f, properties: e.target.value ? { ...rest, kind: e.target.value } : rest }));
            }}
          >
            <option value="">Choose…</option>
            {kinds.map((k) => (
              <option key={k.id} value={k.id}>
                {k.label}
              </option>
            ))}
          </select>
        )}
      </Field>

      <fieldset>
        <legend>When</legend>
        {p.when.map((w, i) => {
          const setWhen = (change: Partial<WhenJson>) => set({ when: p.when.map((x, j) => (j === i ? { ...x, ...change } : x)) });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a date has no id; its place in the list is its identity.
            <div key={i} className="editor-when">
              <Field label={`Date ${i + 1} (YYYY-MM-DD)`} messages={messages(`when.${i}.date`)}>
                {({ id, describedBy, invalid }) => (
                  <input
                    id={id}
                    value={w.date}
                    inputMode="numeric"
                    aria-describedby={describedBy}
                    aria-invalid={invalid}
                    onChange={(e) => setWhen({ date: e.target.value })}
                  />
                )}
              </Field>
              <Field label={`Local time ${i + 1} (HH:MM, optional)`} messages={messages(`when.${i}.timeLocal`)}>
                {({ id, describedBy, invalid }) => (
                  <input
                    id={id}
                    value={w.timeLocal ?? ''}
                    inputMode="numeric"
                    aria-describedby={describedBy}
                    aria-invalid={invalid}
                    onChange={(e) => setWhen({ timeLocal: e.target.value || undefined })}
                  />
                )}
              </Field>
              <div className="editor-check">
                <input
                  id={`${place.id}-when-${i}-about`}
                  type="checkbox"
                  checked={w.approximate ?? false}
                  onChange={(e) => setWhen({ approximate: e.target.checked || undefined })}
                />
                <label htmlFor={`${place.id}-when-${i}-about`}>About that time</label>
              </div>
              <Field label={`What happened ${i + 1}`} messages={messages(`when.${i}.what`)}>
                {({ id, describedBy, invalid }) => (
                  <input id={id} value={w.what} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setWhen({ what: e.target.value })} />
                )}
              </Field>
              <Field label={`Who reports it ${i + 1}`} messages={messages(`when.${i}.source`)}>
                {({ id, describedBy, invalid }) => (
                  <input id={id} value={w.source} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setWhen({ source: e.target.value })} />
                )}
              </Field>
              {events.length > 0 && (
                <Field label={`Timeline event ${i + 1}`} messages={messages(`when.${i}.event`)}>
                  {({ id, describedBy }) => (
                    <select id={id} value={w.event ?? ''} aria-describedby={describedBy} onChange={(e) => setWhen({ event: e.target.value || undefined })}>
                      <option value="">Its own step</option>
                      {events.map((event) => (
                        <option key={event.id} value={event.id}>
                          {event.what}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
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
        <Field label="Precision" messages={[...messages('precision.kind'), ...geometryMessages]}>
          {({ id, describedBy }) => (
            <select
              id={id}
              value={p.precision.kind ?? ''}
              aria-describedby={describedBy}
              onChange={(e) => {
                const kind = (e.target.value || undefined) as PlaceProperties['precision']['kind'];
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
            >
              <option value="">Choose…</option>
              {PRECISION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {k === 'unlocated' ? 'not located' : k.replace('-', ' ')}
                </option>
              ))}
            </select>
          )}
        </Field>
        {point && (
          <PositionFields
            position={point}
            messages={positionMessages}
            onChange={(coordinates) => onChange((f) => ({ ...f, geometry: { type: 'Point', coordinates } }))}
          />
        )}
        {p.precision.kind !== 'unlocated' && (
          <Field label="Level" messages={messages('precision.level')}>
            {({ id, describedBy }) => (
              <select
                id={id}
                value={p.precision.level ?? ''}
                aria-describedby={describedBy}
                onChange={(e) => {
                  const { level: _old, ...rest } = p.precision;
                  const level = e.target.value as NonNullable<PlaceProperties['precision']['level']> | '';
                  set({ precision: level ? { ...rest, level } : rest });
                }}
              >
                <option value="">Choose…</option>
                {LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {p.precision.kind === 'approximate' && (
          <Field label="Radius (metres)" messages={messages('precision.radiusM')}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                type="number"
                min={1}
                step={100}
                value={p.precision.radiusM ?? ''}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(e) => set({ precision: { ...p.precision, radiusM: Number(e.target.value) || undefined } })}
              />
            )}
          </Field>
        )}
        {p.precision.kind === 'approximate' && p.precision.radiusM !== undefined && (
          <Field label="Where the radius comes from" messages={messages('precision.radiusFrom')}>
            {({ id, describedBy, invalid }) => (
              <select
                id={id}
                value={p.precision.radiusFrom ?? ''}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(e) => {
                  const { radiusFrom: _old, ...rest } = p.precision;
                  const value = e.target.value as '' | 'source' | 'derived';
                  set({ precision: value ? { ...rest, radiusFrom: value } : rest });
                }}
              >
                {/* No default: which it is is the journalist's to say, and the page says it to readers. */}
                <option value="">Choose…</option>
                <option value="source">A source gives it as a bound</option>
                <option value="derived">Our estimate: no source bounds the place</option>
              </select>
            )}
          </Field>
        )}
        {p.precision.kind !== 'unlocated' && (
          <Field label="Independent sources for the position" messages={messages('precision.coordinateSources')}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                type="number"
                min={1}
                value={p.precision.coordinateSources ?? ''}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(e) => set({ precision: { ...p.precision, coordinateSources: Number(e.target.value) || undefined } })}
              />
            )}
          </Field>
        )}
        {place.geometry?.type === 'Point' && (p.precision.otherPositions?.length || (p.precision.coordinateSources ?? 1) > 1) ? (
          <OtherPositions
            positions={p.precision.otherPositions ?? []}
            messages={messages('precision.otherPositions')}
            onChange={(otherPositions) => {
              const { otherPositions: _old, ...rest } = p.precision;
              set({ precision: otherPositions.length ? { ...rest, otherPositions } : rest });
            }}
          />
        ) : null}
        <TextField
          label="What the position rests on"
          value={p.precision.basis}
          messages={messages('precision.basis')}
          onChange={(value) => set({ precision: { ...p.precision, basis: value } })}
          lines={3}
        />
      </fieldset>

      <fieldset>
        <legend>What happened: how sure the sources are</legend>
        <TextField
          label="What the confidence rates"
          value={p.confidence.claim}
          messages={messages('confidence.claim')}
          onChange={(value) => set({ confidence: { ...p.confidence, claim: value } })}
        />
        <Field label="Confidence" messages={messages('confidence.level')}>
          {({ id, describedBy }) => (
            <select
              id={id}
              value={p.confidence.level ?? ''}
              aria-describedby={describedBy}
              onChange={(e) => {
                const { level: _old, ...rest } = p.confidence;
                const level = e.target.value as NonNullable<PlaceProperties['confidence']['level']> | '';
                set({ confidence: level ? { ...rest, level } : rest });
              }}
            >
              <option value="">Choose…</option>
              {CONFIDENCE.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>Naming</legend>
        <Field label="Does the article name it?" messages={messages('naming.inArticle')}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              value={p.naming.inArticle === undefined ? '' : p.naming.inArticle ? 'yes' : 'no'}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(e) => {
                const { inArticle: _old, ...rest } = p.naming;
                set({ naming: e.target.value ? { ...rest, inArticle: e.target.value === 'yes' } : rest });
              }}
            >
              <option value="">Choose…</option>
              <option value="yes">Yes: the article names it</option>
              <option value="no">No: we identify it (say who below)</option>
            </select>
          )}
        </Field>
        <TextField
          label="The article's words for it"
          value={text(p.naming.articleWords ?? undefined)}
          messages={messages('naming.articleWords')}
          onChange={(value) => set({ naming: { ...p.naming, articleWords: value || null } })}
        />
        {p.naming.inArticle === false && (
          <TextField
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
            <Field label={`Source ${i + 1}`} messages={messages(`sources.${i}.label`)}>
              {({ id, describedBy, invalid }) => (
                <input
                  id={id}
                  value={source.label}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  onChange={(e) => set({ sources: p.sources.map((s, j) => (j === i ? { ...s, label: e.target.value } : s)) })}
                />
              )}
            </Field>
            <Field label={`Link of source ${i + 1}`} messages={messages(`sources.${i}.url`)}>
              {({ id, describedBy, invalid }) => (
                <input
                  id={id}
                  type="url"
                  value={source.url ?? ''}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  onChange={(e) => set({ sources: p.sources.map((s, j) => (j === i ? { ...s, url: e.target.value || null } : s)) })}
                />
              )}
            </Field>
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
            <TextField
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
              <TextField
                label={`Other reporting ${i + 1}: what it says`}
                value={c.text}
                messages={messages(`context.${i}.text`)}
                onChange={(text) => setContext({ text })}
                lines={2}
              />
              <TextField
                label={`Other reporting ${i + 1}: who reports it`}
                value={c.source}
                messages={messages(`context.${i}.source`)}
                onChange={(source) => setContext({ source })}
              />
              <TextField
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
              <TextField
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
                  const { disputes: _old, ...rest } = p;
                  onChange((f) => ({ ...f, properties: next.length ? { ...rest, disputes: next } : rest }));
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
