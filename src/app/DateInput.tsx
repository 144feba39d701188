/**
 * A date field that reads and writes dd/mm/yyyy whatever the browser's language.
 *
 * `<input type="date">` follows the browser's locale, so in an English browser 12/03/1990 shows as
 * 03/12/1990 — an officer copying a birth date from an ID card reads it the wrong way round. This
 * field is a plain text input: the officer types digits and the slashes appear by themselves
 * ("12031990" → "12/03/1990"); dots, dashes and spaces are accepted as separators ("1.3.1990").
 * The value the form sees is always "YYYY-MM-DD", or '' while the text is empty, incomplete or not a
 * real date; the text the officer typed is kept as typed (never replaced under their fingers), and
 * a plain Vietnamese error shows once they leave a field that is not a date.
 */
import { useId, useState, type InputHTMLAttributes } from 'react';
import { isValidDate, makeDate, parseDate } from '../domain/calendar/vnTime';
import { useT } from './i18n';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "YYYY-MM-DD" → "dd/mm/yyyy"; anything else → ''. */
export function formatDateText(iso: string): string {
  if (!isValidDate(iso)) return '';
  const { year, month, day } = parseDate(iso);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/**
 * What the officer typed → "YYYY-MM-DD", or null when it is not a whole, real date. Day first,
 * month second, a four-digit year: "12/03/1990", "12-3-1990", "1.3.1990", "12031990".
 */
export function parseDateText(text: string): string | null {
  const trimmed = text.trim();
  let parts: string[];
  if (/^\d{8}$/.test(trimmed)) parts = [trimmed.slice(0, 2), trimmed.slice(2, 4), trimmed.slice(4)];
  else parts = trimmed.split(/[\s./-]+/);
  if (parts.length !== 3) return null;
  const [d, m, y] = parts as [string, string, string];
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return null;
  const iso = makeDate(Number(y), Number(m), Number(d));
  return isValidDate(iso) ? iso : null;
}

/**
 * Slashes added as digits are typed at the end of the field: "12" → "12/", "1203" → "12/03/".
 * Only when the text grew by typing (not when the officer deletes) and holds digits and slashes only.
 */
export function autoSlash(previous: string, next: string): string {
  if (next.length <= previous.length || !/^[\d/]*$/.test(next)) return next;
  // A slash typed right after one the field added is the same slash.
  if (next === previous + '/' && previous.endsWith('/')) return previous;
  const digits = next.replace(/\//g, '');
  if (next !== previous + next.slice(previous.length) || digits.length > 8) return next;
  // Respect slashes the officer typed themselves ("1/3/" stays as typed).
  if (/\/\d?\//.test(next) || /^\d\//.test(next)) return next;
  let out = digits.slice(0, 2);
  if (digits.length >= 2) out += '/';
  if (digits.length > 2) out += digits.slice(2, 4);
  if (digits.length >= 4) out += '/';
  if (digits.length > 4) out += digits.slice(4);
  return out;
}

type Passed = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'min' | 'max' | 'defaultValue'>;

export interface DateInputProps extends Passed {
  /** "YYYY-MM-DD" or ''. */
  value: string;
  /** Called with "YYYY-MM-DD" when the text is a real date, '' when it is empty or not (yet) one. */
  onChange: (value: string) => void;
  /** Earliest and latest accepted dates, "YYYY-MM-DD". */
  min?: string;
  max?: string;
}

export function DateInput({ value, onChange, min, max, onBlur, className, ...rest }: DateInputProps) {
  const t = useT();
  const errorId = useId();
  const [text, setText] = useState(() => formatDateText(value));
  // A new value from outside (a scanned ID card, a reset, "back") replaces the text. Only a change
  // of the value counts: a parent that stores it asynchronously (the address) may pass the old
  // value for a render or two after a keystroke, and that must not undo what was typed.
  const [previous, setPrevious] = useState(value);
  const [touched, setTouched] = useState(false);
  if (value !== previous) {
    setPrevious(value);
    if ((parseDateText(text) ?? '') !== value) setText(formatDateText(value));
  }

  const parsed = parseDateText(text);
  let error: string | null = null;
  if (touched && text.trim() !== '') {
    if (parsed === null) error = t('dateInput.invalid');
    else if (min && parsed < min) error = t('dateInput.tooEarly', { date: formatDateText(min) });
    else if (max && parsed > max) error = t('dateInput.tooLate', { date: formatDateText(max) });
  }

  return (
    <>
      <input
        {...rest}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={rest.placeholder ?? 'dd/mm/yyyy'}
        className={['date-input', className].filter(Boolean).join(' ')}
        value={text}
        aria-invalid={error ? true : rest['aria-invalid']}
        aria-describedby={[rest['aria-describedby'], error ? errorId : null].filter(Boolean).join(' ') || undefined}
        onChange={(e) => {
          const next = autoSlash(text, e.target.value);
          setText(next);
          const iso = parseDateText(next) ?? '';
          const inRange = iso !== '' && (!min || iso >= min) && (!max || iso <= max);
          const out = inRange ? iso : '';
          if (out !== value) onChange(out);
        }}
        onBlur={(e) => {
          setTouched(true);
          if (parsed !== null) setText(formatDateText(parsed));
          onBlur?.(e);
        }}
      />
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
