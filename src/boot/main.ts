// The boot script's entry, built alone as a classic script (node/vite/afterPaintPlugin.ts):
// loadAfterPaint.ts says what it does and why.
import { afterPaint, loadNow } from './loadAfterPaint.ts';

// Read while this script runs: afterwards document.currentScript is another's, or null.
const me = document.currentScript;
if (me instanceof HTMLScriptElement) afterPaint(() => loadNow(me));
