// The CSS classes that draw a place's symbol. The map marker, the legend and the places list share
// them, so a symbol means the same thing everywhere it appears.
import type { ConfidenceLevel, Place, Precision, SymbolName } from '../story/types.ts';

export interface SymbolTraits {
  readonly symbol: SymbolName;
  readonly precision: Precision['kind'];
  readonly confidence: ConfidenceLevel;
  readonly reported: boolean;
}

export function traitsOf(place: Place): SymbolTraits {
  return { symbol: place.symbol, precision: place.precision.kind, confidence: place.confidence.level, reported: place.strike?.role === 'reported-area' };
}

/** e.g. "sym sym--burst sym--approximate sym--low sym--reported". */
export function symbolClass(t: SymbolTraits): string {
  return ['sym', `sym--${t.symbol}`, `sym--${t.precision}`, `sym--${t.confidence}`, t.reported ? 'sym--reported' : ''].filter(Boolean).join(' ');
}
