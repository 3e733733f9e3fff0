// The story contract's closed sets of words: every value a field may take, written once. The types
// (types.ts), the schema that checks the files (schema.ts) and the editor's choices all derive from
// these; geo/README.md documents what each means. A new value goes here and nowhere else in code.

/** The project's set of map symbols; a story's kind picks one (its shape and colour). */
export const SYMBOLS = ['burst', 'aircraft', 'triangle', 'square', 'circle'] as const;
export type SymbolName = (typeof SYMBOLS)[number];

/** How a place is located (types.ts, `Precision.kind`, says what each means). */
export const PRECISION_KINDS = ['exact', 'approximate', 'named-area', 'unlocated'] as const;
export type PrecisionKind = (typeof PRECISION_KINDS)[number];

/** The dossier's level of a place (`Precision.level`). */
export const LEVELS = ['facility', 'town', 'city', 'region', 'unlocated'] as const;
export type Level = (typeof LEVELS)[number];

/** Where an approximate point's radius comes from. source: a source gives it as a bound ("within
 * 5 km of the bridge"). derived: we worked it out (a circle with the size of the area a source names),
 * so it is our estimate of the area's size, not a bound: the page draws it dotted and says so. */
export const RADIUS_FROM = ['source', 'derived'] as const;
export type RadiusFrom = (typeof RADIUS_FROM)[number];

/** How sure the sources are. high: several independent or official sources agree; medium: one good
 * source, or several that partly disagree; low: relayed, partisan or single secondary reporting. */
export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/** How a quote bears on its place. names: the passage names the place. describes: it describes the
 * place without naming it. context: it speaks of places like this one. reconstruction: linking it to
 * this place rests on a reconstruction from other reporting, explained in `note`. */
export const QUOTE_RELATIONS = ['names', 'describes', 'context', 'reconstruction'] as const;
export type QuoteRelation = (typeof QUOTE_RELATIONS)[number];

/** What a block of the article is (`Paragraph.kind`). */
export const PARAGRAPH_KINDS = ['body', 'separator', 'credit'] as const;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];

/** A struck place's role: one of the sites a party listed, or an area reported struck. */
export const STRIKE_ROLES = ['listed-site', 'reported-area'] as const;

/** What a story's own basemap name names. */
export const BASEMAP_NAME_KINDS = ['city', 'country', 'region', 'river', 'lake', 'sea'] as const;
export type BasemapNameKind = (typeof BASEMAP_NAME_KINDS)[number];
