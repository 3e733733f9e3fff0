// The story's three files as the editor holds them: the JSON of story.json, article.json and
// places.geojson, in the shapes of the data contract (geo/README.md; node/story/schema.ts checks
// them on the server). Only the fields the editor reads or writes are typed here.

export interface ParagraphJson {
  readonly id: string;
  readonly kind: 'body' | 'separator' | 'credit';
  readonly text: string;
}

export interface QuoteJson {
  readonly id: string;
  readonly paragraph: string;
  readonly text: string;
  readonly attributedTo: string;
  readonly relation: 'names' | 'describes' | 'context' | 'reconstruction';
}

export interface WhenJson {
  readonly date: string;
  readonly timeLocal?: string;
  readonly approximate?: boolean;
  readonly what: string;
  readonly source: string;
  /** One of story.json's events. */
  readonly event?: string;
}

/** Other reporting about a place: what another source says, and where. */
export interface ContextJson {
  readonly text: string;
  readonly source: string;
  readonly url?: string | null;
}

/** Claims side by side: a question and the quotes (of this place) that answer it differently. */
export interface DisputeJson {
  readonly question: string;
  readonly quotes: readonly string[];
}

export interface KindJson {
  readonly id: string;
  readonly label: string;
  readonly plural: string;
  readonly symbol: string;
  readonly tally?: boolean;
}

export interface StoryJson {
  readonly id: string;
  readonly title: string;
  readonly dek: string;
  readonly description: string;
  readonly bounds: { readonly name: string; readonly bbox: readonly [number, number, number, number]; readonly basis: string };
  readonly kinds?: readonly KindJson[];
  readonly credits?: readonly { readonly for: string; readonly by: string; readonly short?: string }[];
  readonly publisher?: string;
  readonly events?: readonly { readonly id: string; readonly what: string }[];
  readonly [other: string]: unknown;
}

export interface ArticleJson {
  readonly outlet: string;
  readonly published: string;
  readonly dateline: string | null;
  readonly headline: string | null;
  readonly byline: { readonly lead: string | null; readonly contributors: readonly unknown[]; readonly [other: string]: unknown };
  readonly versionNote: string;
  readonly sourceUrl: string;
  readonly paragraphs: readonly ParagraphJson[];
  readonly [other: string]: unknown;
}

export interface PlaceProperties {
  readonly name: string;
  readonly label: string;
  /** One of the story's kinds; a new place has none until the journalist chooses. */
  readonly kind?: string;
  readonly when: readonly WhenJson[];
  /** Kind, level, confidence level and whether the article names the place are the journalist's to
   * choose: a new place has none of them until then (no default becomes a published claim). */
  readonly precision: {
    readonly kind?: 'exact' | 'approximate' | 'named-area' | 'unlocated';
    readonly level?: 'facility' | 'town' | 'city' | 'region' | 'unlocated';
    readonly radiusM?: number;
    readonly radiusFrom?: 'source' | 'derived';
    readonly coordinateSources?: number;
    readonly otherPositions?: readonly { readonly source: string; readonly coordinates: readonly [number, number] }[];
    readonly basis: string;
  };
  readonly confidence: { readonly claim: string; readonly level?: 'high' | 'medium' | 'low'; readonly basis?: string };
  readonly naming: { readonly inArticle?: boolean; readonly articleWords: string | null; readonly identifiedBy?: string; readonly basis?: string };
  readonly quotes: readonly QuoteJson[];
  readonly noQuoteReason?: string;
  readonly disputes?: readonly DisputeJson[];
  readonly context: readonly ContextJson[];
  readonly sources: readonly { readonly label: string; readonly url: string | null }[];
  readonly [other: string]: unknown;
}

export type GeometryJson =
  | { readonly type: 'Point'; readonly coordinates: readonly [number, number] }
  | { readonly type: 'Polygon'; readonly coordinates: readonly (readonly (readonly [number, number])[])[] }
  | null;

export interface FeatureJson {
  readonly type: 'Feature';
  readonly id: string;
  readonly geometry: GeometryJson;
  readonly properties: PlaceProperties;
}

export interface StoryFilesJson {
  readonly story: StoryJson;
  readonly article: ArticleJson;
  readonly places: { readonly type: 'FeatureCollection'; readonly features: readonly FeatureJson[] };
}

export type FileKey = keyof StoryFilesJson;
export type Versions = Readonly<Record<FileKey, string>>;

/** A problem the validator found, located in a file (node/story/problems.ts, LocatedProblem). */
export interface Problem {
  readonly file: FileKey;
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly recordId: string | null;
  readonly field: string;
}

/** What a save answers (node/editor/storyStore.ts writes it, api.ts reads it): the files' new
 * versions, or why nothing was written. */
export type Saved =
  | { readonly saved: true; readonly versions: Versions }
  | { readonly saved: false; readonly reason: 'conflict'; readonly files: readonly FileKey[] }
  | { readonly saved: false; readonly reason: 'invalid'; readonly errors: readonly Problem[] };

/** A place the gazetteer knows (node/editor/gazetteer.ts answers them, FindPlace.tsx lists them). */
export interface GazetteerMatch {
  /** GeoNames' id of the place. */
  readonly id: number;
  readonly name: string;
  /** The country's name in English ("Türkiye"), and its ISO 3166 code. */
  readonly country: string;
  readonly countryCode: string;
  readonly population: number;
  /** [longitude, latitude], as GeoNames gives them (5 decimals at most). */
  readonly position: readonly [number, number];
}
