// Data loaded the one way that works in every frame: as a classic script. In an iframe sandboxed
// without allow-same-origin (WordPress's oEmbed frames) the document's origin is 'null', so a
// module script, a dynamic import() or a fetch() of the map's own files is a cross-origin request
// that a plain static host (no CORS headers) refuses. A classic <script src> needs no CORS.
// The embed's build (node/vite/classicEmbedPlugin.ts) writes each lazily loaded JSON file as a
// script that files its data under a key in one global object; this reads it from there.

import { DATA_GLOBAL } from '../../shared/embed/dataScript.ts';

type Registry = Record<string, unknown>;
const registry = (): Registry => ((globalThis as unknown as Record<string, Registry | undefined>)[DATA_GLOBAL] ??= {});

/** The data a script already run (by a tag in the page) filed under `key`. */
export function scriptData(key: string): unknown {
  const data = registry()[key];
  if (data === undefined) throw new Error(`The map's data "${key}" did not load.`);
  return data;
}

const pending = new Map<string, Promise<{ default: unknown }>>();

/** Loads the data script at `path` (relative to the page) once, and gives its data the shape an
 * `import()` of a JSON file has, so the code that called import() in the module build needs no change. */
export function loadScriptData(path: string, key: string): Promise<{ default: unknown }> {
  let loading = pending.get(key);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL(path, document.baseURI).href;
      script.onload = () => {
        script.remove();
        try {
          resolve({ default: scriptData(key) });
        } catch (error) {
          reject(error);
        }
      };
      script.onerror = () => {
        script.remove();
        pending.delete(key); // a later call may try again
        reject(new Error(`The map's data could not be loaded from ${script.src}.`));
      };
      document.head.append(script);
    });
    pending.set(key, loading);
  }
  return loading;
}
