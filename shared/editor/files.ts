// The story's three files as the editor holds them: the contract's own shapes (shared/story/schema.ts,
// which checks them on the server), read-only, with one difference. A claim the journalist must
// choose (a place's kind, its precision's kind and level, its confidence level, whether the article
// names it) is missing until they do: the editor adds no default, and the schema says what is left.
import type { ArticleFile, PlacesFile, StoryFile } from '../story/schema.ts';

/** `T`, read-only all the way down: the editor changes a story by making a new one. */
export type Frozen<T> = T extends object ? { readonly [K in keyof T]: Frozen<T[K]> } : T;

/** `T` with the fields `K` left for the journalist to choose. */
type Unchosen<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

type ContractPlace = PlacesFile['features'][number];
type ContractProperties = ContractPlace['properties'];

export type StoryJson = Frozen<StoryFile>;
export type ArticleJson = Frozen<ArticleFile>;
export type ParagraphJson = ArticleJson['paragraphs'][number];
export type KindJson = NonNullable<StoryJson['kinds']>[number];

export type PlaceProperties = Frozen<
  Unchosen<Omit<ContractProperties, 'precision' | 'confidence' | 'naming'>, 'kind'> & {
    precision: Unchosen<ContractProperties['precision'], 'kind' | 'level'>;
    confidence: Unchosen<ContractProperties['confidence'], 'level'>;
    naming: Unchosen<ContractProperties['naming'], 'inArticle'>;
  }
>;
export type QuoteJson = PlaceProperties['quotes'][number];
export type WhenJson = PlaceProperties['when'][number];
/** Other reporting about a place: what another source says, and where. */
export type ContextJson = PlaceProperties['context'][number];
/** Claims side by side: a question and the quotes (of this place) that answer it differently. */
export type DisputeJson = NonNullable<PlaceProperties['disputes']>[number];

export type GeometryJson = Frozen<ContractPlace['geometry']>;
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
