// The validator's own wording for what its tools report: jsonc-parser's parse errors, zod's issues,
// and the warning for text that looks like markup. The corpus (fixtures/brokenStories.ts) holds every
// message exactly.
import type { z } from 'zod';
import type { Problem, StoryFileKey } from './problems.ts';

// Tags, event handlers and script URLs: text that a careless renderer would turn into markup.
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>|\bon[a-z]+\s*=|javascript\s*:/i;

/** Warns of text that looks like HTML: it will be shown as text, so it is probably a paste gone wrong. */
export function markupWarnings(values: Record<StoryFileKey, unknown>): Problem[] {
  const out: Problem[] = [];
  const walk = (file: StoryFileKey, value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      const match = MARKUP.exec(value);
      if (match)
        out.push({
          file,
          path,
          message: `looks like HTML or script (${JSON.stringify(match[0].slice(0, 40))}); it will be shown as plain text, never as markup`,
        });
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(file, v, [...path, i]);
    } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(file, v, [...path, k]);
  };
  for (const key of ['story', 'article', 'places'] as const) walk(key, values[key], []);
  return out;
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.path.length === 0) {
    const found = /received (\w+)/.exec(issue.message)?.[1] ?? 'something else';
    return `the file must hold a JSON object, not ${/^[aeiou]/.test(found) ? 'an' : 'a'} ${found}`;
  }
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) return `is missing (expected ${issue.expected})`;
  // GIS software writes null for any field a feature lacks; a null where a value is required is
  // that field missing (gisForm.ts reads null as absent where a field may be left out).
  if (issue.code === 'invalid_type' && issue.message.includes('received null')) return `is null, but it is required (expected ${issue.expected})`;
  return issue.message;
}

export function describeParseError(code: string, token: string): string {
  // jsonc-parser's codes are CamelCase identifiers; say them in words, and name the usual causes.
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  if (/^-?(NaN|Infinity)/.test(token)) return `${words} ${token}: NaN and Infinity are not JSON numbers; a coordinate must be a finite number`;
  if (token.startsWith("'")) return `${words}: JSON strings take double quotes`;
  return token ? `${words} ${JSON.stringify(token.slice(0, 20))}` : words;
}
