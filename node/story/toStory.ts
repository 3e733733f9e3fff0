// The checked files in the shape the app reads (shared/story/types.ts): only what the page shows, with
// defaults filled in, a position for every area, and frozen.
import polylabel from 'polylabel';
import { DEFAULT_KINDS } from '../../shared/story/defaultKinds.ts';
import type { ArticleFile, PlacesFile, StoryFile } from '../../shared/story/schema.ts';
import type { Article, Place, Story, StoryMeta } from '../../shared/story/types.ts';
import { axisLayouts } from './axis.ts';
import { agreement } from './positions.ts';
import { toEvents } from './toEvents.ts';

export function toStory(story: StoryFile, article: ArticleFile, places: PlacesFile): Story {
  // Only what the page shows is kept: readers download every byte of the story.
  const { tiles, bounds, kinds: declared, tally, credits, publisher, strikes, basemap: _builtAtBuildTime, events: _inTheTimeline, ...rest } = story;
  const timeline = toEvents(story, places);
  const kinds = declared ? declared.map((k) => ({ ...k, tally: k.tally ?? false })) : DEFAULT_KINDS;
  const meta: StoryMeta = {
    ...rest,
    bounds: { bbox: bounds.bbox },
    strikes: strikes ? { ...strikes, reportedNote: strikes.reportedNote ?? null, reportedLabel: strikes.reportedLabel ?? null } : null,
    tiles: tiles ? { url: tiles.url, attribution: tiles.attribution, maxZoom: tiles.maxZoom ?? 18, timeoutMs: tiles.timeoutMs ?? 8000 } : null,
    kinds,
    tally: tally ?? null,
    credits: (credits ?? []).map((c) => ({ ...c, short: c.short ?? null })),
    publisher: publisher ?? article.outlet,
  };
  // checkStory.ts has made sure that every place's kind is one of these.
  const kindOf = new Map(kinds.map((k) => [k.id, k]));
  const { headlineNote: _notShown, ...shown } = article;
  const art: Article = {
    ...shown,
    byline: {
      ...article.byline,
      leadNote: article.byline.leadNote ?? null,
      contributors: article.byline.contributors.map((c) => ({ ...c, articleWords: c.articleWords ?? null, identifiedBy: c.identifiedBy ?? null })),
    },
  };
  const out: Place[] = places.features.map((f, i) => {
    const p = f.properties;
    return {
      id: f.id,
      name: p.name,
      label: p.label,
      kind: p.kind,
      kindLabel: (p.strike?.role === 'reported-area' ? strikes?.reportedLabel : null) ?? kindOf.get(p.kind)!.label,
      symbol: kindOf.get(p.kind)!.symbol,
      strike: p.strike ?? null,
      when: p.when.map((w, j) => ({
        date: w.date,
        timeLocal: w.timeLocal ?? null,
        approximate: w.approximate ?? false,
        what: w.what,
        source: w.source,
        event: timeline.eventOf[i]![j]!,
      })),
      position: positionOf(f.geometry),
      area: f.geometry?.type === 'Polygon' ? f.geometry.coordinates.map((ring) => ring.map(([lon, lat]) => [lon, lat] as const)) : null,
      precision: precisionOf(f),
      confidence: { claim: p.confidence.claim, level: p.confidence.level, basis: p.confidence.basis ?? null },
      naming: {
        inArticle: p.naming.inArticle,
        articleWords: p.naming.articleWords,
        identifiedBy: p.naming.identifiedBy ?? null,
        basis: p.naming.basis ?? null,
      },
      quotes: p.quotes.map((q) => ({ ...q, note: q.note ?? null })),
      noQuoteReason: p.noQuoteReason ?? null,
      disputes: p.disputes ?? [],
      context: p.context.map((c) => ({ text: c.text, source: c.source, url: c.url ?? null })),
      sources: p.sources,
    };
  });
  return { meta, article: art, places: out, events: timeline.events, axis: axisLayouts(timeline.events) };
}

/** The precision as the page words it: the sources that give one point counted once (positions.ts). */
function precisionOf(feature: PlacesFile['features'][number]): Place['precision'] {
  const { kind, level, radiusM, radiusFrom, coordinateSources, otherPositions, basis } = feature.properties.precision;
  const agreed = feature.geometry?.type === 'Point' && otherPositions ? agreement(feature.geometry.coordinates, otherPositions) : null;
  return {
    kind,
    level,
    radiusM: radiusM ?? null,
    radiusFrom: radiusFrom ?? null,
    coordinateSources: agreed && coordinateSources !== undefined ? Math.min(coordinateSources, agreed.independent) : (coordinateSources ?? null),
    spreadM: agreed?.spreadM ?? null,
    samePoint: agreed?.samePoint.map(({ source, distanceM }) => ({ source, distanceM })) ?? [],
    basis,
  };
}

function positionOf(geometry: PlacesFile['features'][number]['geometry']): Place['position'] {
  if (geometry === null) return null;
  if (geometry.type === 'Point') return [geometry.coordinates[0], geometry.coordinates[1]];
  // The point inside the area farthest from its edges, to 1/1000 of a degree (about 100 m).
  const [lon, lat] = polylabel(
    geometry.coordinates.map((ring) => ring.map(([x, y]) => [x, y])),
    0.001,
  );
  return [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
