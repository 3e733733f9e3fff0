// The validator's messages about one field or group of fields, as a list a screen reader reaches
// through the field's aria-describedby (`id`). Nothing when there are none.
export function Messages({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul className="editor-messages" id={id}>
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}
