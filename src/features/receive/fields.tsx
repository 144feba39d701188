/**
 * How the intake form draws a labelled field: every input has the id `rc-<key>`, its error below
 * it (linked with aria-describedby), and text inputs are watched for an ID-card scan.
 */
import type { ReactNode } from 'react';
import type { FieldId, TextKey } from './formState';
import type { IdCardScan } from './IdCardScan';

export function focusField(field: FieldId | string) {
  // After React has drawn what the last state change revealed.
  setTimeout(() => document.getElementById(field.startsWith('rc-') ? field : `rc-${field}`)?.focus(), 0);
}

export const describe = (key: string, error: string | null | undefined, extra?: string) =>
  [error ? `rc-${key}-error` : null, extra].filter(Boolean).join(' ') || undefined;

interface FieldOptions {
  error?: string | null;
  hint?: ReactNode;
  wide?: boolean;
}

interface TextOptions extends FieldOptions {
  type?: string;
  inputMode?: 'numeric' | 'tel' | 'email' | 'text';
  autoComplete?: string;
  hintId?: string;
  required?: boolean;
}

export interface FieldKit {
  /** A label, the given input, a hint and the error. */
  field(key: TextKey, label: string, input: ReactNode, opts?: FieldOptions): ReactNode;
  /** A text input bound to the form. */
  text(key: TextKey, label: string, opts?: TextOptions): ReactNode;
  bind: IdCardScan['bind'];
  errorOf(field: FieldId): string | null;
}

export function fieldKit(bind: IdCardScan['bind'], errorOf: (field: FieldId) => string | null, touch: (field: string) => void): FieldKit {
  const field = (key: TextKey, label: string, input: ReactNode, opts: FieldOptions = {}) => (
    <div className={opts.wide ? 'field rc-wide' : 'field'}>
      <label htmlFor={`rc-${key}`} className="field-label">
        {label}
      </label>
      {input}
      {opts.hint}
      {opts.error && (
        <p id={`rc-${key}-error`} className="field-error">
          {opts.error}
        </p>
      )}
    </div>
  );
  const text = (key: TextKey, label: string, opts: TextOptions = {}) =>
    field(
      key,
      label,
      <input
        {...bind(key)}
        type={opts.type ?? 'text'}
        inputMode={opts.inputMode}
        autoComplete={opts.autoComplete ?? 'off'}
        aria-invalid={opts.error ? true : undefined}
        aria-required={opts.required || undefined}
        aria-describedby={describe(key, opts.error, opts.hintId)}
        onBlur={() => touch(key)}
      />,
      opts,
    );
  return { field, text, bind, errorOf };
}
