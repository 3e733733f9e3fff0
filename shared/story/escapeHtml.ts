// Text that must go into HTML (an attribute or an element) as text: the four characters that could
// end an attribute or start markup become entities. The one escaping function of the project.

/** `&`, `"`, `<` and `>` as entities; safe in element text and in double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
