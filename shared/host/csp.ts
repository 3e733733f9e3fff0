// The Content-Security-Policy the pages are built to run under: a contract of the product, so it lives
// here, pure, where the build (node/vite/embedAssetsPlugin.ts writes dist/csp.txt), the server
// (scripts/serve.mjs) and the tests read the one copy.

/** No inline script or style, no eval, nothing from other origins, and any page may frame them
 * (they are made to be embedded). */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors *";

/** The same policy, also allowing images from the origin of an online tile service, when the story
 * has one (story.json `tiles`). */
export function cspFor(tileUrl?: string | null): string {
  if (!tileUrl) return CSP;
  // A {s} subdomain in the host becomes a wildcard: https://{s}.tile.org → https://*.tile.org.
  const [, scheme, host] = /^(https?:\/\/)([^/?#]+)/i.exec(tileUrl) ?? [];
  if (!scheme || !host) throw new Error(`not an http(s) tile URL: ${tileUrl}`);
  const origin = `${scheme.toLowerCase()}${host.toLowerCase().replace(/\{[^}]*\}/g, '*')}`;
  return CSP.replace("img-src 'self' data:", `img-src 'self' data: ${origin}`);
}
