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

/** A choice of a select: what is stored, and what the journalist reads. */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** The editor's one field: a line of text, a box of lines (`lines`), a number (`type="number"`), or a
 * choice (`choices`, after an empty first option that says nothing is chosen yet: `empty`). Its value
 * is a string; the empty string is "not given". */
export function FormField({
  label,
  value,
  messages,
  onChange,
  lines = 1,
  inputMode,
  type,
  placeholder,
  min,
  step,
  choices,
  empty = 'Choose…',
}: {
  label: string;
  value: string;
  messages: readonly string[];
  onChange: (value: string) => void;
  /** More than one: a textarea of that many rows. */
  lines?: number;
  inputMode?: 'numeric' | 'decimal' | 'url';
  type?: 'url' | 'number';
  placeholder?: string;
  min?: number;
  step?: number;
  choices?: readonly Choice[];
  empty?: string;
}) {
  return (
    <Field label={label} messages={messages}>
      {({ id, describedBy, invalid }) => {
        const common = { id, value, 'aria-describedby': describedBy, 'aria-invalid': invalid } as const;
        if (choices)
          return (
            <select {...common} onChange={(e) => onChange(e.target.value)}>
              <option value="">{empty}</option>
              {choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          );
        if (lines > 1) return <textarea {...common} rows={lines} onChange={(e) => onChange(e.target.value)} />;
        return (
          <input {...common} type={type} min={min} step={step} inputMode={inputMode} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
        );
      }}
    </Field>
  );
}
