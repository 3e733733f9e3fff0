// The shape of each file in a story folder, as zod schemas. Shape only: rules that span fields or
// files (quotes verbatim, ids unique, positions inside the bounds) live in checkStory.ts.
// Objects are strict, so a misspelt key is an error rather than a silently ignored field.
import { z } from 'zod';
import {
  BASEMAP_NAME_KINDS,
  CONFIDENCE_LEVELS,
  LEVELS,
  PARAGRAPH_KINDS,
  PRECISION_KINDS,
  QUOTE_RELATIONS,
  RADIUS_FROM,
  STRIKE_ROLES,
  SYMBOLS,
} from './vocabulary.ts';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Characters no story text needs and a reader never sees: control characters (tab, line feed and
 * carriage return aside), which a paste can carry in unseen, and the bidi embeddings and overrides
 * (U+202A-U+202E), which reorder the text after them so that it reads as something else. Arabic and
 * Hebrew need none of them; the isolates and marks (U+2066-U+2069, U+200E, U+200F) stay allowed. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e]/;
const HIDDEN_NAMES: Record<string, string> = {
  '\u202a': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202b': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202c': 'POP DIRECTIONAL FORMATTING',
  '\u202d': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202e': 'RIGHT-TO-LEFT OVERRIDE',
};

/** Why a text holds a character it must not, or null. */
export function hiddenCharacter(value: string): string | null {
  const found = HIDDEN.exec(value);
  if (!found) return null;
  const c = found[0];
  const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const where = `after “${[...value.slice(Math.max(0, found.index - 20), found.index)].join('')}”`;
  const name = HIDDEN_NAMES[c];
  return name
    ? `holds ${code} (${name}) ${found.index > 0 ? where : 'at its start'}, which makes the text after it show in another order than it is stored: delete it (right-to-left text needs no such character)`
    : `holds an invisible control character, ${code}, ${found.index > 0 ? where : 'at its start'} (a paste can carry one in): delete it`;
}

/** A string with no hidden characters. */
const visible = (schema: z.ZodString) =>
  schema.superRefine((value, ctx) => {
    const message = hiddenCharacter(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  });

const text = visible(z.string().trim().min(1, 'must not be empty'));
/** One of `values`; left out, the message says it is missing and lists the choices (the editor adds
 * no default for a claim such as a confidence or a precision: the journalist chooses). */
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (issue) => (issue.input === undefined ? `is missing: choose one of ${values.map((v) => `"${v}"`).join(', ')}` : undefined),
  });

const id = z.string().regex(kebab, 'must be kebab-case (a-z, 0-9, single hyphens)');
// http(s) only: a `javascript:` or `data:` link in a source list would run or smuggle content.
const httpUrl = z
  .string()
  .regex(/^https?:\/\/[^\s]+$/i, 'must be an http(s) URL (javascript:, data: and other schemes are refused)')
  .refine((u) => URL.canParse(u), 'is not a valid URL');

export const storyFileSchema = z.strictObject({
  id,
  title: text,
  dek: text,
  description: text,
  bounds: z.strictObject({
    name: text,
    bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
    basis: text,
  }),
  strikes: z.strictObject({ title: text, note: text, reportedNote: text.optional(), reportedLabel: text.optional() }).optional(),
  // The story's kinds of place, in the key's order; without them a neutral set applies (defaultKinds.ts).
  kinds: z
    .array(
      z.strictObject({
        id,
        label: text,
        plural: text,
        symbol: z.enum(SYMBOLS),
        tally: z.boolean().optional(),
      }),
    )
    .min(1, 'must declare at least one kind (or leave kinds out for the default set)')
    .optional(),
  tally: z.strictObject({ one: text, other: text }).optional(),
  credits: z.array(z.strictObject({ for: text, by: text, short: text.optional() })).optional(),
  publisher: text.optional(),
  // The story's events, each a short "what" for the timeline; places name theirs in when[].event.
  events: z.array(z.strictObject({ id, what: text })).optional(),
  // The story's own basemap names, in place of the ones the build picks (node/basemap/labels.ts).
  basemap: z
    .strictObject({
      basis: text,
      labels: z
        .array(
          z.strictObject({
            id,
            kind: z.enum(BASEMAP_NAME_KINDS),
            text,
            // The name in the place's own language and script; kept with the data, not shipped.
            local: text.optional(),
            lon: z.number().min(-180).max(180),
            lat: z.number().min(-90).max(90),
            rank: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
            minZoom: z.number().min(0).max(22).optional(),
          }),
        )
        .min(1, 'must hold at least one label (or leave basemap out for the names the build picks)'),
    })
    .optional(),
  // Online raster tiles drawn over the bundled basemap. Optional: the default map is offline.
  tiles: z
    .strictObject({
      url: z
        .string()
        .regex(/^https?:\/\/[^\s<>"']+$/i, 'must be an http(s) URL template')
        .refine((u) => ['{z}', '{x}', '{y}'].every((t) => u.includes(t)), 'must contain {z}, {x} and {y}'),
      attribution: text,
      maxZoom: z.int().min(0).max(24).optional(),
      timeoutMs: z.int().min(500, 'must be at least 500 ms').max(60_000, 'must be at most 60000 ms').optional(),
    })
    .optional(),
});

export const articleFileSchema = z.strictObject({
  outlet: text,
  published: z.iso.date('must be an ISO 8601 date (YYYY-MM-DD)'),
  // null: the article carries no dateline (a wire or learning-English story often has none).
  dateline: text.nullable(),
  headline: text.nullable(),
  headlineNote: text.nullable().optional(),
  byline: z.strictObject({
    lead: text.nullable(),
    leadNote: text.nullable().optional(),
    contributors: z.array(z.strictObject({ name: text, role: text, basis: text, articleWords: text.optional(), identifiedBy: text.optional() })),
  }),
  versionNote: text,
  sourceUrl: httpUrl,
  paragraphs: z
    .array(
      z.strictObject({
        id: z.string().regex(/^p-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case and start with "p-"'),
        kind: z.enum(PARAGRAPH_KINDS),
        // Not trimmed: the text must stay exactly as published.
        text: visible(z.string().min(1, 'must not be empty')),
      }),
    )
    .min(1, 'must hold at least one paragraph'),
});

const quoteSchema = z.strictObject({
  id,
  paragraph: z.string().min(1, 'must name a paragraph id'),
  text: visible(z.string().min(1, 'must not be empty')),
  attributedTo: text,
  relation: z.enum(QUOTE_RELATIONS),
  note: text.optional(),
});

const position = z.tuple([z.number(), z.number()], 'must be [longitude, latitude]');

// Confidence rates what happened (or who or what the place is), never where: that is `precision`.
// A bare "high" was the old form, which readers took for the location's; say how to move on from it.
const confidenceSchema = z.strictObject(
  {
    // The page goes on with ": high confidence", so the claim ends without punctuation of its own.
    claim: text.refine((c) => !/[.:;,]$/.test(c), 'must not end in punctuation: the page adds “: high confidence” after it'),
    level: oneOf(CONFIDENCE_LEVELS),
    basis: text.optional(),
  },
  {
    error: (issue) =>
      typeof issue.input === 'string'
        ? `is in the old form (${JSON.stringify(issue.input)}): say what the level rates, e.g. { "claim": "That it happened here", "level": ${JSON.stringify((CONFIDENCE_LEVELS as readonly string[]).includes(issue.input) ? issue.input : 'high')} }, and say how well the location is known in precision (its level and coordinateSources)`
        : undefined,
  },
);

export const placePropertiesSchema = z.strictObject({
  name: text,
  label: text,
  // One of the story's kinds (story.json's `kinds`, or the defaults): checkStory.ts checks which.
  kind: z
    .string({ error: (issue) => (issue.input === undefined ? 'is missing: choose one of the story’s kinds' : undefined) })
    .regex(kebab, 'must be kebab-case (a-z, 0-9, single hyphens)'),
  strike: z.strictObject({ role: z.enum(STRIKE_ROLES), listedBy: text }).optional(),
  when: z.array(
    z.strictObject({
      date: z.iso.date('must be an ISO 8601 date (YYYY-MM-DD)'),
      timeLocal: z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time, HH:MM')
        .optional(),
      approximate: z.boolean().optional(),
      what: text,
      source: text,
      // One of story.json's events, when this is one place of it; checkStory.ts checks which.
      event: id.optional(),
    }),
  ),
  precision: z.strictObject({
    kind: oneOf(PRECISION_KINDS),
    level: oneOf(LEVELS),
    radiusM: z.number().positive('must be a positive number of metres').optional(),
    // Whether a source gives the radius as a bound, or we worked it out (a circle of an area's size):
    // the page draws and words the two differently (checkStory.ts requires it with radiusM).
    radiusFrom: z
      .enum(RADIUS_FROM, {
        error: (issue) =>
          `must be "source" (a source gives the radius as a bound) or "derived" (worked out, and no source bounds the place); it is ${JSON.stringify(issue.input)}`,
      })
      .optional(),
    coordinateSources: z.int('must be a whole number of sources').min(1, 'must be at least 1: a located place rests on at least one source').optional(),
    // Where each coordinate source beyond the one drawn puts the place, so that the page can say how
    // far apart they lie, and count as one the sources that give the same point (checkStory.ts).
    otherPositions: z.array(z.strictObject({ source: text, coordinates: position })).optional(),
    basis: text,
  }),
  confidence: confidenceSchema,
  naming: z.strictObject({
    inArticle: z.boolean({
      error: (issue) => (issue.input === undefined ? 'is missing: say whether the article names the place (true or false)' : undefined),
    }),
    articleWords: text.nullable(),
    identifiedBy: text.optional(),
    basis: text.optional(),
  }),
  quotes: z.array(quoteSchema),
  noQuoteReason: text.optional(),
  disputes: z.array(z.strictObject({ question: text, quotes: z.array(id) })).optional(),
  context: z.array(z.strictObject({ text, source: text, url: httpUrl.nullable().optional() })),
  sources: z.array(z.strictObject({ label: text, url: httpUrl.nullable() })).min(1, 'must list at least one source'),
});

export const pointSchema = z.strictObject({
  type: z.literal('Point'),
  coordinates: position,
});

// An area: check-geojson checks that its rings are closed, checkStory.ts how they are wound.
export const polygonSchema = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z.array(z.array(position).min(4, 'a ring needs at least 4 positions (the first repeated last)')).min(1, 'needs an exterior ring'),
});

export const placesFileSchema = z.object({
  type: z.literal('FeatureCollection', { error: 'must be "FeatureCollection": places.geojson holds each place as a Feature of one FeatureCollection' }),
  bbox: z.array(z.number()).optional(),
  features: z
    .array(
      z.strictObject({
        type: z.literal('Feature'),
        id,
        geometry: z.discriminatedUnion('type', [pointSchema, polygonSchema], { error: 'must be a Point, a Polygon or null' }).nullable(),
        properties: placePropertiesSchema,
      }),
    )
    .min(1, 'must hold at least one place'),
});

export type StoryFile = z.infer<typeof storyFileSchema>;
export type ArticleFile = z.infer<typeof articleFileSchema>;
export type PlacesFile = z.infer<typeof placesFileSchema>;
