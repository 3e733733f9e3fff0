// The story editor (`npm run edit`): the map to put places on, the selected place's form, the
// article to quote from. The validator runs on every change and its messages stand beside their
// fields; Save writes only a story that validates, and never over a file changed on disk meanwhile;
// Undo reaches every change since the editor opened.
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import type { Problem, Versions } from '../../shared/editor/api.ts';
import type { FeatureJson, StoryFilesJson } from '../../shared/editor/files.ts';
import { DEFAULT_KINDS } from '../../shared/story/defaultKinds.ts';
import { ArticleQuotes } from './ArticleQuotes.tsx';
import { checkStory, type GazetteerMatch, openStory, saveStory } from './api.ts';
import { editing as reduce } from './editing.ts';
import {
  addPlace,
  addQuote,
  deletePlace,
  movePlace,
  newStory,
  paragraphsFromText,
  renamePlace,
  setArea,
  setParagraphs,
  setRadius,
  speakers,
  updatePlace,
} from './edits.ts';
import { FindPlace } from './FindPlace.tsx';
import { fileProblems, placeProblems, problemLine } from './fieldProblems.ts';
import { EditorMap } from './map/EditorMap.tsx';
import { loadGeoman } from './map/geoman.ts';
import { NewStory } from './NewStory.tsx';
import { PlaceForm } from './PlaceForm.tsx';
import { STORY_FIELDS, StoryDetails } from './StoryDetails.tsx';

type LonLat = readonly [number, number];

export function EditorApp() {
  const [editing, dispatch] = useReducer(reduce, null);
  // A new story's folder, until its article is pasted.
  const [blank, setBlank] = useState<{ folder: string; versions: Versions } | null>(null);
  const [detailsOpen, setDetailsOpen] = useState(false);
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
  // The place just found, for the map to go to.
  const [focus, setFocus] = useState<{ at: LonLat; n: number } | null>(null);

  useEffect(() => {
    // The drawing library first: it equips the map as the map is made.
    Promise.all([openStory(), loadGeoman()]).then(
      ([opened]) => {
        if (opened.files) dispatch({ type: 'open', folder: opened.folder, files: opened.files, versions: opened.versions });
        else setBlank({ folder: opened.folder, versions: opened.versions });
      },
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

  const change = useCallback((next: (files: StoryFilesJson) => StoryFilesJson) => dispatch({ type: 'edit', change: next }), []);

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
  if (blank && !editing)
    return (
      <NewStory
        folder={blank.folder}
        onArticle={(text) => {
          dispatch({ type: 'open', folder: blank.folder, files: newStory(blank.folder, paragraphsFromText(text)), versions: blank.versions });
          setDetailsOpen(true);
          setStatus('The article is in. Now its details (below), then its places: Find a place, or Add place.');
        }}
      />
    );
  if (!editing || !files) return <p>Opening the story…</p>;

  const place: FeatureJson | null = files.places.features.find((f) => f.id === selected) ?? null;
  const bbox = files.story.bounds.bbox;
  const byField = place ? placeProblems(problems, files, place.id) : new Map<string, string[]>();
  const placeIndex = place ? files.places.features.indexOf(place) : -1;
  const inDetails = (p: Problem) => p.file !== 'places' && STORY_FIELDS[p.file].includes(String(p.path[0]));
  const detailProblems = problems.filter(inDetails).length;
  const others = problems.filter((p) => !(p.file === 'places' && p.path[0] === 'features' && p.path[1] === placeIndex) && !inDetails(p));
  const addFound = (match: GazetteerMatch) => {
    const source = `GeoNames ${match.id}`;
    const added = addPlace(files, match.position, { name: match.name, source, url: `https://www.geonames.org/${match.id}`, population: match.population });
    change(() => added.files);
    setSelected(added.id);
    setFresh((ids) => new Set(ids).add(added.id));
    setPlacing(false);
    setFocus((f) => ({ at: match.position, n: (f?.n ?? 0) + 1 }));
    const level = added.files.places.features.find((f) => f.id === added.id)?.properties.precision.level;
    setStatus(
      `Added ${match.name}, ${match.country}, at the centre ${source} gives, as a ${level} (population ${match.population.toLocaleString('en')}). Change its precision and level if the story means a spot within it.`,
    );
  };

  const save = async () => {
    setStatus('Saving…');
    const result = await saveStory(files, editing.versions);
    if (result.saved) {
      dispatch({ type: 'saved', versions: result.versions });
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
        <h1>Editing {files.story.title || editing.folder}</h1>
        <FindPlace onChoose={addFound} />
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
        <button type="button" disabled={editing.past.length === 0} onClick={() => dispatch({ type: 'undo' })}>
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
              const added = addPlace(files, at);
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
            kinds={kinds}
            focus={focus}
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
        <section className="editor-form-column" aria-label="The story and the selected place">
          <details className="editor-story" open={detailsOpen} onToggle={(e) => setDetailsOpen(e.currentTarget.open)}>
            <summary>Story and article details{detailProblems > 0 ? ` (${detailProblems} problem${detailProblems === 1 ? '' : 's'})` : ''}</summary>
            <StoryDetails
              files={files}
              storyProblems={fileProblems(problems, 'story')}
              articleProblems={fileProblems(problems, 'article')}
              followBounds={editing.followBounds}
              onFollowBounds={(follow) => dispatch({ type: 'follow-bounds', follow })}
              onChange={change}
            />
          </details>
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
