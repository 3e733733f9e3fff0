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

/** A text field (a line, or a box of lines): the one most of the editor's fields are. */
export function TextField({
  label,
  value,
  messages,
  onChange,
  lines = 1,
  inputMode,
  type,
  placeholder,
}: {
  label: string;
  value: string;
  messages: readonly string[];
  onChange: (value: string) => void;
  /** More than one: a textarea of that many rows. */
  lines?: number;
  inputMode?: 'numeric' | 'decimal' | 'url';
  type?: 'url';
  placeholder?: string;
}) {
  return (
    <Field label={label} messages={messages}>
      {({ id, describedBy, invalid }) =>
        lines > 1 ? (
          <textarea id={id} rows={lines} value={value} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input
            id={id}
            type={type}
            value={value}
            inputMode={inputMode}
            placeholder={placeholder}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}
