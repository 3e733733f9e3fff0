// The classic script that carries a piece of the map's data (src/embed/scriptData.ts says why): the
// build writes it (node/vite/classicEmbedPlugin.ts, node/vite/storyPlugin.ts), the embed runs it.

/** The global object the data scripts file their data in. */
export const DATA_GLOBAL = '__iraqStrikesMapData';

/** The script that files `json` under `key`. */
export function dataScript(key: string, json: string): string {
  // JSON.parse of a string literal loads faster than the same object literal.
  return `(self.${DATA_GLOBAL}=self.${DATA_GLOBAL}||{})[${JSON.stringify(key)}]=JSON.parse(${JSON.stringify(json)});\n`;
}
