import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { autoSlash, DateInput, formatDateText, parseDateText } from '../../src/app/DateInput';

function Harness({ initial = '', min, max }: { initial?: string; min?: string; max?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <label htmlFor="d">Ngày sinh</label>
      <DateInput id="d" value={value} onChange={setValue} min={min} max={max} />
      <output data-testid="value">{value}</output>
      <button type="button" onClick={() => setValue('1990-03-12')}>
        scan
      </button>
    </>
  );
}

describe('dd/mm/yyyy text', () => {
  it('reads day first, month second, whatever separator', () => {
    expect(parseDateText('12/03/1990')).toBe('1990-03-12');
    expect(parseDateText('12-3-1990')).toBe('1990-03-12');
    expect(parseDateText('1.3.1990')).toBe('1990-03-01');
    expect(parseDateText(' 12031990 ')).toBe('1990-03-12');
    expect(formatDateText('1990-03-12')).toBe('12/03/1990');
  });

  it('refuses what is not a whole, real date', () => {
    for (const text of ['', '12/03', '12/03/90', '31/02/2026', '13/13/2026', '00/01/2026', 'abc', '2026-03-12']) {
      expect(parseDateText(text), text).toBeNull();
    }
    expect(formatDateText('2026-02-30')).toBe('');
  });

  it('adds the slashes while digits are typed at the end, not while deleting', () => {
    let text = '';
    for (const ch of '12031990') text = autoSlash(text, text + ch);
    expect(text).toBe('12/03/1990');
    expect(autoSlash('12/03/', '12/03')).toBe('12/03');
    expect(autoSlash('12/', '12//')).toBe('12/');
    let own = '';
    for (const ch of '1/3/1990') own = autoSlash(own, own + ch);
    expect(own).toBe('1/3/1990');
  });
});

/** A parent that stores the value later, as one that keeps it in the address does. */
function LaggingHarness() {
  const [value, setValue] = useState('');
  return (
    <>
      <label htmlFor="l">Từ ngày</label>
      <DateInput id="l" value={value} onChange={(v) => setTimeout(() => setValue(v), 30)} />
      <output data-testid="lagged">{value}</output>
    </>
  );
}

describe('DateInput', () => {
  it('keeps what was typed while a slow parent still passes the old value', async () => {
    render(<LaggingHarness />);
    const input = screen.getByLabelText('Từ ngày') as HTMLInputElement;
    for (const ch of '21112026') fireEvent.change(input, { target: { value: input.value + ch } });
    expect(input.value).toBe('21/11/2026');
    await waitFor(() => expect(screen.getByTestId('lagged').textContent).toBe('2026-11-21'));
    expect(input.value).toBe('21/11/2026');
  });

  it('gives the form an ISO date typed as dd/mm/yyyy digits, keystroke by keystroke', async () => {
    render(<Harness />);
    const input = screen.getByLabelText('Ngày sinh');
    await userEvent.type(input, '12031990');
    expect(input).toHaveProperty('value', '12/03/1990');
    expect(screen.getByTestId('value').textContent).toBe('1990-03-12');
  });

  it('loses no character typed with no delay (a scanner or a fast typist)', () => {
    render(<Harness />);
    const input = screen.getByLabelText('Ngày sinh') as HTMLInputElement;
    // One change event per key, with no render in between reading anything asynchronous.
    let typed = '';
    for (const ch of '01/02/2026') {
      typed = input.value + ch;
      fireEvent.change(input, { target: { value: typed } });
    }
    expect(input.value).toBe('01/02/2026');
    expect(screen.getByTestId('value').textContent).toBe('2026-02-01');
  });

  it('shows a value set from outside (a scanned ID card) as dd/mm/yyyy', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByText('scan'));
    expect(screen.getByLabelText('Ngày sinh')).toHaveProperty('value', '12/03/1990');
  });

  it('says in plain Vietnamese when the text is not a date, once the officer leaves the field', async () => {
    render(<Harness initial="2026-01-05" />);
    const input = screen.getByLabelText('Ngày sinh');
    expect(input).toHaveProperty('value', '05/01/2026');
    await userEvent.clear(input);
    await userEvent.type(input, '31022026');
    expect(screen.queryByRole('alert')).toBeNull();
    await userEvent.tab();
    expect(screen.getByRole('alert').textContent).toContain('Ngày không hợp lệ');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('value').textContent).toBe('');
  });

  it('keeps dates outside min and max out of the form, with the limit in the message', async () => {
    render(<Harness min="2026-12-01" />);
    const input = screen.getByLabelText('Ngày sinh');
    await userEvent.type(input, '30112026');
    await userEvent.tab();
    expect(screen.getByRole('alert').textContent).toContain('01/12/2026');
    expect(screen.getByTestId('value').textContent).toBe('');
  });
});
