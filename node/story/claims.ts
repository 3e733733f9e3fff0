// A story's own words (its title, dek and description, an event's or a date's "what") speak in the
// map's voice, as fact. A link or a motive that one side asserts ("targets linked to a militia",
// "the group responsible for the attack") is a claim, and a claim names who makes it: "sites the
// U.S. linked to a militia", "a group that officials blamed for the attack". This finds the claims
// that name no one, for the validator's notices (notices.ts).

/** Words that assert a link, an allegiance or a motive: a claim, unless someone is named as making it. */
const CLAIMS = [
  'linked to',
  'tied to',
  'affiliated with',
  'backed by',
  'belonging to',
  'controlled by',
  'responsible for',
  'behind the attack',
  'in retaliation for',
  'terrorist',
  'terrorists',
];

/** Claims worded as a verb, whose subject can be the one who makes them: "sites the U.S. linked to". */
const VERBS = new Set(['linked to', 'tied to']);

/** Words that say whose a claim is, anywhere in the same sentence. */
const SAYS =
  /\b(said|says|say|saying|told|according to|claim(?:s|ed)?|alleg(?:es|ed|edly)|accus(?:es|ed)|blam(?:es|ed)|describ(?:es|ed)|call(?:s|ed)|den(?:y|ies|ied)|report(?:s|ed)|assert(?:s|ed)|in (?:the )?words of)\b/i;

/** Whether the words before a claim's verb end with who makes it: a pronoun, "officials", or a name
 * ("the U.S.", "Washington"). A plain noun ("targets linked to") is not a speaker, nor is a sentence's
 * first word, which is capitalised anyway. */
function endsWithSpeaker(before: string): boolean {
  const words = before.trim().split(/\s+/).filter(Boolean);
  const last = words.at(-1);
  if (last === undefined || words.length < 2) return false;
  return /^(it|they|he|she|we|officials|authorities)$/i.test(last) || /^\p{Lu}/u.test(last);
}

/** The claims in `text` that name no one who makes them, each as the words it was found by. */
export function unattributedClaims(text: string): string[] {
  const found: string[] = [];
  // Sentences end at a stop, but not at an initial's ("U.S."), and at a semicolon.
  for (const sentence of text.split(/(?<=(?<!\b\p{Lu})[.!?]|;)\s+/u)) {
    if (SAYS.test(sentence)) continue;
    for (const claim of CLAIMS) {
      const match = new RegExp(`\\b${claim}\\b`, 'i').exec(sentence);
      if (!match) continue;
      if (VERBS.has(claim) && endsWithSpeaker(sentence.slice(0, match.index))) continue;
      found.push(claim);
    }
  }
  return found;
}
