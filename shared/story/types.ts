// The story's data after it has been parsed and checked: what the app renders.
// The files in geo/ are the source; geo/README.md documents them field by field.

/** A position as RFC 7946 orders it: [longitude, latitude], degrees, WGS84. */
export type LonLat = readonly [lon: number, lat: number];

/** What a place is in the story: the id of one of the story's kinds (`StoryMeta.kinds`). */
export type PlaceKind = string;

import type { ConfidenceLevel, Level, ParagraphKind, PrecisionKind, QuoteRelation, RadiusFrom, STRIKE_ROLES, SymbolName } from './vocabulary.ts';

export type { ConfidenceLevel, QuoteRelation, RadiusFrom, SymbolName } from './vocabulary.ts';

/** A kind of place, in the story's own words. */
export interface KindWords {
  readonly id: PlaceKind;
  /** The word a reader sees for one place of this kind: "Flooded street". */
  readonly label: string;
  /** For several, as a heading in the places list: "Flooded streets". */
  readonly plural: string;
  readonly symbol: SymbolName;
  /** Whether its places count in the key's summary line ("5 streets flooded; 2 located"). */
  readonly tally: boolean;
}

/** Who did what for the map, in the story's words: "Places, precision and sources: …". */
export interface Credit {
  readonly for: string;
  readonly by: string;
  /** The shorter line for the embed's footer; null: the same as the page's. */
  readonly short: string | null;
}

/** Two coordinate sources whose points lie this close (metres) give the same point: most likely one
 * published value copied, so they count as one source. */
export const SAME_POINT_M = 50;

/** How sure the sources are of what happened at a place (or of its identity), and what exactly that
 * rates. How well its position is known is another matter: see `Precision`. */
export interface Confidence {
  /** What the level rates, in words a reader can take whole: "That it happened here". */
  readonly claim: string;
  readonly level: ConfidenceLevel;
  /** Why this level, when that is not plain from the sources; null otherwise. */
  readonly basis: string | null;
}

/** A block of the article, in order. */
export interface Paragraph {
  /** Stable kebab-case id starting `p-`; also the HTML id the page gives the paragraph. */
  readonly id: string;
  /** body: article text; separator: the typographic break; credit: the reporting credit line. */
  readonly kind: ParagraphKind;
  /** The text exactly as published: curly quotes, en dashes and all. */
  readonly text: string;
}

export interface Contributor {
  /** The full name, as we give it. */
  readonly name: string;
  readonly role: string;
  /** Why we can name them. */
  readonly basis: string;
  /** How the article itself names them ("Salim"), when that is less than `name`; verbatim in the article. */
  readonly articleWords: string | null;
  /** Who identifies `articleWords` as `name`, when the article does not say it; "iraq-strikes-map" means we do. */
  readonly identifiedBy: string | null;
}

/** The article the map is about. Every quote on the map comes from `paragraphs`. */
export interface Article {
  readonly outlet: string;
  /** ISO 8601 date of online publication. */
  readonly published: string;
  /** Where the article is datelined, as printed; null when it carries no dateline. */
  readonly dateline: string | null;
  /** null when the headline of this version is not established (the file's `headlineNote` says why;
   * the page never shows it, so it is not shipped). */
  readonly headline: string | null;
  readonly byline: {
    /** null when no source confirms the lead author. */
    readonly lead: string | null;
    readonly leadNote: string | null;
    readonly contributors: readonly Contributor[];
  };
  readonly versionNote: string;
  /** http(s) URL of the article. */
  readonly sourceUrl: string;
  readonly paragraphs: readonly Paragraph[];
}

/** Our own words about the map, kept apart from the article's. */
export interface StoryMeta {
  readonly id: string;
  readonly title: string;
  readonly dek: string;
  /** A plain-language description of the map, for screen readers and static fallbacks. */
  readonly description: string;
  /** Every located place lies inside `bbox` ([west, south, east, north], degrees). The file's bounds
   * also have a name and a basis, for the validator's messages and for people; the page needs only this. */
  readonly bounds: { readonly bbox: readonly [number, number, number, number] };
  /** How the places list introduces the strike sites (places with `strike`), and what their list rests on. */
  readonly strikes: {
    readonly title: string;
    readonly note: string;
    /** How the places list introduces areas named only in a weaker, relayed statement; null: the generic words. */
    readonly reportedNote: string | null;
    /** The word a reader sees for such an area, in place of its kind's: "Reported area". */
    readonly reportedLabel: string | null;
  } | null;
  /** Online raster tiles drawn over the bundled basemap, or null (the default: offline). */
  readonly tiles: TileSource | null;
  /** The story's kinds of place, in the key's order (a neutral set when the story declares none). */
  readonly kinds: readonly KindWords[];
  /** The key's summary line for the kinds that tally ("street flooded", "streets flooded"), or null: no line. */
  readonly tally: { readonly one: string; readonly other: string } | null;
  readonly credits: readonly Credit[];
  /** Who publishes the map (oEmbed's provider_name); the article's outlet when the story says nothing. */
  readonly publisher: string;
}

/** A raster tile service. If its tiles fail or time out, the bundled basemap stays and a notice says so. */
export interface TileSource {
  /** `{z}/{x}/{y}` URL template, http(s). */
  readonly url: string;
  /** Plain text, shown as text (never as HTML). */
  readonly attribution: string;
  readonly maxZoom: number;
  /** How long to wait for the first tile before giving up on the service. */
  readonly timeoutMs: number;
}

/** A passage of the article attached to a place. */
export interface Quote {
  /** kebab-case, unique within its place. */
  readonly id: string;
  /** Id of the paragraph that contains `text` verbatim. */
  readonly paragraph: string;
  /** The article's exact words: a substring of the paragraph, character for character. */
  readonly text: string;
  /** Who makes the claim: "the police", "a ministry", "the article"… */
  readonly attributedTo: string;
  readonly relation: QuoteRelation;
  /** Why this passage belongs here, when that is not obvious; required for `reconstruction`. */
  readonly note: string | null;
}

/** Two or more of a place's quotes that contradict each other, shown side by side. */
export interface Dispute {
  readonly question: string;
  /** Quote ids of this place, in the order shown. */
  readonly quotes: readonly string[];
}

/** A dated event at a place. */
export interface When {
  /** ISO 8601 calendar date, local time where it happened. */
  readonly date: string;
  /** "HH:MM", local time where it happened, or null when unknown. */
  readonly timeLocal: string | null;
  /** True when the time is "about". */
  readonly approximate: boolean;
  readonly what: string;
  /** Who reports the date and time. */
  readonly source: string;
  /** The timeline event this is part of (StoryEvent.id). */
  readonly event: string;
}

/** One step of the timeline: something that happened on one date, at one place or several. */
export interface StoryEvent {
  /** The story's own id for it (story.json's `events`), or one made from the place and date. */
  readonly id: string;
  /** A short "what": the story's words for the event, or the place's own when it has none. */
  readonly what: string;
  /** ISO 8601 calendar date, local time. */
  readonly date: string;
  /** "HH:MM" when every place of the event gives the same minute; null otherwise. */
  readonly timeLocal: string | null;
  /** That minute is "about": some place of the event gives it only roughly. */
  readonly approximate: boolean;
  /** Its places, in the story's order. */
  readonly placeIds: readonly string[];
}

/** How precisely a place is located, and on what that rests. */
export interface Precision {
  /** exact: the point lies on the named facility, or is the named city's centre.
   * approximate: the place is somewhere within `radiusM` of the point.
   * named-area: only a town, city or region is named; its centre carries the name, and nothing
   * bounds where in or around it anything happened (no halo, no radius).
   * unlocated: no source gives a position; the place has no geometry. */
  readonly kind: PrecisionKind;
  /** The dossier's level: facility, town, city, region or unlocated. */
  readonly level: Level;
  /** Metres; only for `approximate` points. */
  readonly radiusM: number | null;
  /** Whether a source gives the radius or we derived it; null without a radius. */
  readonly radiusFrom: RadiusFrom | null;
  /** How many independent sources give the position (a named area's: its centre's); null when
   * unlocated. Sources whose points lie within SAME_POINT_M of another's count once. */
  readonly coordinateSources: number | null;
  /** The greatest distance between the independent sources' points, metres; null with one source. */
  readonly spreadM: number | null;
  /** Sources that give a point already given (within SAME_POINT_M), so counted once: who, and how far
   * from that point, metres. */
  readonly samePoint: readonly { readonly source: string; readonly distanceM: number }[];
  /** What the coordinate rests on, in plain words. */
  readonly basis: string;
}

/** Whether the article itself names the place, or reporting identifies it. */
export interface Naming {
  readonly inArticle: boolean;
  /** The article's words for the place, if it refers to it at all. */
  readonly articleWords: string | null;
  /** Who identifies the place when the article does not name it; "iraq-strikes-map" means we do. */
  readonly identifiedBy: string | null;
  readonly basis: string | null;
}

/** A place's part in the reconstruction of the strikes of 13 March 2020. */
export interface StrikeRole {
  /** listed-site: one of the five sites on the best available list; reported-area: an area named
   * only in a weaker, relayed statement. */
  readonly role: (typeof STRIKE_ROLES)[number];
  readonly listedBy: string;
}

export interface Source {
  readonly label: string;
  /** http(s) URL, or null for a source with no address (a data package). */
  readonly url: string | null;
}

/** A fact from reporting beyond the article, with who reports it. */
export interface ContextNote {
  readonly text: string;
  readonly source: string;
  readonly url: string | null;
}

export interface Place {
  /** Stable kebab-case id; also the `#place=` value in the URL. */
  readonly id: string;
  /** Full name; the accessible name of its map marker. Unique in the story. */
  readonly name: string;
  /** Short label drawn on the map. */
  readonly label: string;
  readonly kind: PlaceKind;
  /** The kind's word for this place, as a reader sees it (a reported area's is the story's own). */
  readonly kindLabel: string;
  /** Its kind's symbol. */
  readonly symbol: SymbolName;
  readonly strike: StrikeRole | null;
  readonly when: readonly When[];
  /** null exactly when `precision.kind` is `unlocated`. For an area, the point its marker and label
   * stand on: inside the area, as far as possible from its edges (polylabel). */
  readonly position: LonLat | null;
  /** An area's rings (RFC 7946 Polygon: exterior first, counterclockwise; holes clockwise), or null
   * for a place given as a point. */
  readonly area: readonly (readonly LonLat[])[] | null;
  readonly precision: Precision;
  readonly confidence: Confidence;
  readonly naming: Naming;
  readonly quotes: readonly Quote[];
  /** Set exactly when `quotes` is empty: says why the article has no words for this place. */
  readonly noQuoteReason: string | null;
  readonly disputes: readonly Dispute[];
  readonly context: readonly ContextNote[];
  /** At least one. */
  readonly sources: readonly Source[];
}

/** The unit of a stretch's ticks on the timeline's axis. */
export type TickUnit = 'year' | 'month' | 'day' | 'hour';

/** A stretch of the axis drawn to scale: between two stretches the axis breaks. */
export interface AxisSegment {
  /** Where it starts and how wide it is, % of the axis. */
  readonly left: number;
  readonly width: number;
  /** The unit of its ticks; null for a stretch of one moment. */
  readonly unit: TickUnit | null;
}

export interface AxisTick {
  /** % of the axis. */
  readonly left: number;
  readonly label: string;
  /** The label stands left of its tick (it would run past the axis's end otherwise). */
  readonly end: boolean;
}

export interface AxisLayout {
  readonly segments: readonly AxisSegment[];
  /** Where the axis breaks, % of the axis: the middle of each gap left undrawn. */
  readonly breaks: readonly number[];
  /** Each event's dot, % of the axis, in the order of the events. */
  readonly dots: readonly number[];
  readonly ticks: readonly AxisTick[];
}

/** The timeline's axis laid out for an axis `width` px wide (node/story/axis.ts). */
export interface TimelineAxisAt {
  readonly width: number;
  readonly layout: AxisLayout;
}

/** Everything the app renders. */
export interface Story {
  readonly meta: StoryMeta;
  readonly article: Article;
  readonly places: readonly Place[];
  /** The dated events, earliest first; [] when no place has a date. */
  readonly events: readonly StoryEvent[];
  /** The timeline's axis, laid out for a range of widths, narrowest first; [] when the events are one
   * moment or none. */
  readonly axis: readonly TimelineAxisAt[];
}

/** A place with a position on the map. */
export type LocatedPlace = Place & { readonly position: LonLat };

export const isLocated = (place: Place): place is LocatedPlace => place.position !== null;
