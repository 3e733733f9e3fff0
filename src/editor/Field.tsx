// One labelled field of the place form, with the validator's messages about it beside it (and tied to
// it for screen readers by aria-describedby).
import { type ReactNode, useId } from 'react';
import { Messages } from './Messages.tsx';

export function Field({
  label,
  messages,
  children,
}: {
  label: string;
  messages: readonly string[];
  children: (props: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}) {
  const id = useId();
  const messageId = `${id}-messages`;
  const invalid = messages.length > 0;
  return (
    <div className={`editor-field${invalid ? ' is-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy: invalid ? messageId : undefined, invalid })}
      <Messages id={messageId} messages={messages} />
    </div>
  );
}
