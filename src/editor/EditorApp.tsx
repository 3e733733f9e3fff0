// The story editor (`npm run edit`): the map to put places on, the selected place's form, the
// article to quote from. The validator runs on every change and its messages stand beside their
// fields; Save writes only a story that validates, and never over a file changed on disk meanwhile;
// Undo reaches every change since the editor opened.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { EditorMap } from '../map/EditorMap.tsx';
import { loadGeoman } from '../map/geoman.ts';
import { DEFAULT_KINDS } from '../story/defaultKinds.ts';
import { checkStory, openStory, saveStory } from './api.ts';
import { ArticleQuotes } from './ArticleQuotes.tsx';
import {
  addPlace,
  addQuote,
  deletePlace,
  movePlace,
  paragraphsFromText,
  renamePlace,
  setArea,
  setParagraphs,
  setRadius,
  speakers,
  updatePlace,
} from './edits.ts';
import { placeProblems, problemLine } from './fieldProblems.ts';
import type { FeatureJson, Problem, StoryFilesJson, Versions } from './files.ts';
import { PlaceForm } from './PlaceForm.tsx';

type LonLat = readonly [number, number];

interface Editing {
  readonly folder: string;
  readonly files: StoryFilesJson;
  readonly versions: Versions;
  /** Every earlier version of the files since the editor opened, newest last. */
  readonly past: readonly StoryFilesJson[];
}

export function EditorApp() {
  const [editing, setEditing] = useState<Editing | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [placing, setPlacing] = useState(false);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [status, setStatus] = useState('');
  const [pointer, setPointer] = useState<readonly [string, string] | null>(null);
  // Places added since the last save: their ids still follow their names.
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  // Places whose label the journalist typed: it no longer follows their name.
  const [labelTyped, setLabelTyped] = useState<ReadonlySet<string>>(new Set());

  const [drawing, setDrawing] = useState(false);

  useEffect(() => {
    // The drawing library first: it equips the map as the map is made.
    Promise.all([openStory(), loadGeoman()]).then(
      ([opened]) => setEditing({ folder: opened.folder, files: opened.files, versions: opened.versions, past: [] }),
      (error: unknown) => setFailure(String(error)),
    );
  }, []);

  // The validator, on every change (the server runs the build's own).
  const files = editing?.files ?? null;
  useEffect(() => {
    if (!files) return;
    let live = true;
    checkStory(files).then(
      (result) => live && setProblems(result.errors),
      (error: unknown) => live && setStatus(`Could not check the story: ${String(error)}`),
    );
    return () => {
      live = false;
    };
  }, [files]);

  const change = useCallback((next: (files: StoryFilesJson) => StoryFilesJson) => {
    setEditing((e) => (e ? { ...e, files: next(e.files), past: [...e.past, e.files] } : e));
  }, []);

  const onArea = useCallback(
    (id: string, outline: readonly LonLat[]) => {
      try {
        change((f) => setArea(f, id, outline));
        setStatus('The area is drawn; drag its corners to change it.');
      } catch (error) {
        setStatus(`Not an area: ${error instanceof Error ? error.message : String(error)}.`);
      }
      setDrawing(false);
    },
    [change],
  );
  const onRadius = useCallback((id: string, metres: number) => change((f) => setRadius(f, id, metres)), [change]);

  // Escape gives up waiting for a click on the map (Add place) or for corners (Draw area), and says so.
  useEffect(() => {
    if (!placing && !drawing) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      setStatus(placing ? 'Add place cancelled: no place was added.' : 'Draw area cancelled: the place is as it was.');
      setPlacing(false);
      setDrawing(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [placing, drawing]);

  const kinds = useMemo(() => {
    const declared = files?.story.kinds;
    return declared && declared.length > 0 ? declared : DEFAULT_KINDS;
  }, [files]);

  if (failure) return <p role="alert">The editor could not open the story: {failure}</p>;
  if (!editing || !files) return <p>Opening the story…</p>;

  const place: FeatureJson | null = files.places.features.find((f) => f.id === selected) ?? null;
  const bbox = (files.story.bounds as { bbox: [number, number, number, number] }).bbox;
  const byField = place ? placeProblems(problems, files, place.id) : new Map<string, string[]>();
  const placeIndex = place ? files.places.features.indexOf(place) : -1;
  const others = problems.filter((p) => !(p.file === 'places' && p.path[0] === 'features' && p.path[1] === placeIndex));

  const save = async () => {
    setStatus('Saving…');
    const result = await saveStory(files, editing.versions);
    if (result.saved) {
      setEditing({ ...editing, versions: result.versions });
      setFresh(new Set());
      setStatus(`Saved to ${editing.folder}.`);
    } else if (result.reason === 'conflict') {
      setStatus(
        `Not saved: ${result.files.map((f) => (f === 'places' ? 'places.geojson' : `${f}.json`)).join(', ')} changed on disk since the editor opened it. Your changes are still here; copy what you need, then reload the editor to see the other version.`,
      );
    } else {
      setProblems(result.errors);
      setStatus(`Not saved: the story has ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}, listed beside their fields.`);
    }
  };

  return (
    <div className="editor">
      <header className="editor-bar">
        <h1>Editing {String(files.story.title ?? editing.folder)}</h1>
        <button
          type="button"
          aria-pressed={placing}
          onClick={() => {
            // A second click gives up waiting, and says so rather than turn it off unseen.
            if (placing) setStatus('Add place cancelled: no place was added.');
            setPlacing(!placing);
          }}
        >
          Add place
        </button>
        <button type="button" aria-pressed={drawing} disabled={!place} onClick={() => setDrawing(!drawing)}>
          Draw area
        </button>
        <button
          type="button"
          disabled={editing.past.length === 0}
          onClick={() => setEditing({ ...editing, files: editing.past.at(-1)!, past: editing.past.slice(0, -1) })}
        >
          Undo
        </button>
        <button type="button" onClick={save}>
          Save
        </button>
        <a href="/" target="_blank" rel="noopener">
          Preview the reader's page
        </a>
        <p className="editor-validity" aria-live="polite">
          {problems.length === 0 ? 'The story is valid.' : `${problems.length} problem${problems.length === 1 ? '' : 's'} to fix before saving.`}
        </p>
        <p className="editor-status" role="status">
          {status}
        </p>
      </header>
      <main className="editor-main">
        <section className="editor-map-column" aria-label="Map">
          {placing && (
            <p className="editor-hint" role="status">
              Waiting for the place: click the map where it is, or move the map and use “Put it at the centre”. Escape cancels.
            </p>
          )}
          {drawing && <p className="editor-hint">Click each corner of the area; click the first corner again to close it.</p>}
          <EditorMap
            bbox={bbox}
            places={files.places.features}
            selected={selected}
            placing={placing}
            onPlace={(at) => {
              const added = addPlace(files, at, kinds[0]!.id);
              change(() => added.files);
              setSelected(added.id);
              setFresh((ids) => new Set(ids).add(added.id));
              setPlacing(false);
            }}
            onSelect={setSelected}
            onMove={(id, to) => change((f) => movePlace(f, id, to))}
            onPointer={setPointer}
            drawing={drawing}
            onArea={onArea}
            onRadius={onRadius}
          />
          <p className="editor-pointer" aria-live="off">
            {pointer ? `Longitude ${pointer[0]}, latitude ${pointer[1]} (as precise as a pixel at this zoom)` : 'Point at the map to read a coordinate.'}
          </p>
          <ul className="editor-place-list" aria-label="Places">
            {files.places.features.map((f) => (
              <li key={f.id}>
                <button type="button" aria-pressed={f.id === selected} onClick={() => setSelected(f.id)}>
                  {f.properties.name || f.id}
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section className="editor-form-column" aria-label="The selected place">
          {place && (
            <button
              type="button"
              className="editor-delete"
              onClick={() => {
                const name = place.properties.name || place.id;
                change((f) => deletePlace(f, place.id));
                setSelected(null);
                setStatus(`Deleted ${name}. Undo brings it back.`);
              }}
            >
              Delete place
            </button>
          )}
          {place ? (
            <PlaceForm
              place={place}
              kinds={kinds}
              events={files.story.events ?? []}
              problems={byField}
              onRename={(name) => {
                const renamed = renamePlace(files, place.id, name, fresh.has(place.id), labelTyped.has(place.id));
                change(() => renamed.files);
                setSelected(renamed.id);
                const moveId = (ids: ReadonlySet<string>) => new Set([...ids].filter((i) => i !== place.id)).add(renamed.id);
                if (renamed.id !== place.id) {
                  setFresh(moveId);
                  if (labelTyped.has(place.id)) setLabelTyped(moveId);
                }
              }}
              onRelabel={(label) => {
                change((f) => updatePlace(f, place.id, (p) => ({ ...p, properties: { ...p.properties, label } })));
                setLabelTyped((ids) => new Set(ids).add(place.id));
              }}
              onChange={(edit) => change((f) => updatePlace(f, place.id, edit))}
              onRemoveQuote={(quoteId) =>
                change((f) =>
                  updatePlace(f, place.id, (p) => ({ ...p, properties: { ...p.properties, quotes: p.properties.quotes.filter((q) => q.id !== quoteId) } })),
                )
              }
            />
          ) : (
            <p className="editor-hint">Choose a place on the map or in the list, or Add place.</p>
          )}
          {others.length > 0 && (
            <section className="editor-other-problems" aria-label="Other problems">
              <h2>Other problems</h2>
              <ul>
                {others.map((p, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the validator may say the same thing twice; the list is rebuilt whole on each check.
                  <li key={i}>{problemLine(p)}</li>
                ))}
              </ul>
            </section>
          )}
        </section>
        <ArticleQuotes
          paragraphs={files.article.paragraphs}
          speakers={speakers(files)}
          placeName={place ? place.properties.name || place.id : null}
          onMessage={setStatus}
          onQuote={(quote) => place && change((f) => addQuote(f, place.id, quote.paragraph, quote.text, quote.attributedTo, quote.relation))}
          onPaste={(text) => {
            const paragraphs = paragraphsFromText(text);
            change((f) => setParagraphs(f, paragraphs));
            setStatus(`The article is now ${paragraphs.length} paragraph${paragraphs.length === 1 ? '' : 's'}.`);
          }}
        />
      </main>
    </div>
  );
}
