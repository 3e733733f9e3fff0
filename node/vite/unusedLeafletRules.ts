// Leaflet's stylesheet styles every control and layer Leaflet has. This map creates no layers
// control, no tooltip and no image marker (its markers are divIcons), and no reader runs Internet
// Explorer's VML: those rules would ship in every first view for nothing, so the build leaves them
// out, as the basemap leaves out what the map never draws. A PostCSS plugin (Vite runs PostCSS on every
// stylesheet); it touches only rules from Leaflet's own file.

/** The classes of what the map never creates. A selector naming one of them styles nothing here. */
export const UNUSED_LEAFLET_CLASSES = [
  'leaflet-control-layers',
  'leaflet-tooltip',
  'leaflet-default-icon-path',
  'leaflet-oldie',
  'leaflet-vml-shape',
  'lvml',
] as const;

// The class itself, or one of its parts (".leaflet-tooltip-top", ".leaflet-control-layers-toggle").
const UNUSED = new RegExp(`\\.(?:${UNUSED_LEAFLET_CLASSES.join('|')})(?!\\w)`);

/** The little of PostCSS's Rule this plugin uses (PostCSS comes with Vite; its types are not ours to pin). */
interface CssRule {
  selectors: string[];
  readonly source?: { readonly input: { readonly file?: string } };
  remove(): void;
}

export const unusedLeafletRules = {
  postcssPlugin: 'story-map:unused-leaflet-rules',
  Rule(rule: CssRule): void {
    if (!rule.source?.input.file?.replace(/\\/g, '/').includes('/node_modules/leaflet/')) return;
    const kept = rule.selectors.filter((selector) => !UNUSED.test(selector));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  },
};
