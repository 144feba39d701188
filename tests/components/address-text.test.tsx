import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Link, MemoryRouter, useLocation, useNavigate } from 'react-router';
import { useAddressText } from '../../src/app/useAddressText';

function SearchBox() {
  const search = useAddressText('q', 50);
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <input aria-label="search" value={search.text} onChange={(e) => search.setText(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && search.flush()} />
      <output data-testid="address">{location.search}</output>
      <output data-testid="settled">{search.settled}</output>
      <Link to="?q=ket+hon&x=1">link</Link>
      <button onClick={() => navigate({ search: `?${new URLSearchParams([...new URLSearchParams(location.search), ['tu', '2026-11-21']])}` }, { replace: true })}>filter</button>
      <button onClick={() => navigate(-1)}>back</button>
    </>
  );
}

const box = () => screen.getByLabelText('search') as HTMLInputElement;
const address = () => screen.getByTestId('address').textContent;

/** Types one character after the other with no pause, as a scanner does. */
function typeFast(text: string) {
  for (const ch of text) fireEvent.change(box(), { target: { value: box().value + ch } });
}

describe('a search box kept in the address', () => {
  it('keeps every keystroke, then the address follows; links and "back" replace the text', async () => {
    render(
      <MemoryRouter initialEntries={['/ho-so?q=khai']}>
        <SearchBox />
      </MemoryRouter>,
    );
    expect(box().value).toBe('khai');
    act(() => typeFast(' sinh 000.00.21.H56-261124-0001'));
    expect(box().value).toBe('khai sinh 000.00.21.H56-261124-0001');
    await waitFor(() => expect(address()).toBe('?q=khai+sinh+000.00.21.H56-261124-0001'));
    expect(box().value).toBe('khai sinh 000.00.21.H56-261124-0001');

    // Enter writes at once, without waiting for the pause.
    act(() => typeFast('!'));
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(screen.getByTestId('settled').textContent).toBe('khai sinh 000.00.21.H56-261124-0001!');

    // A navigation the box did not write: the box follows it.
    fireEvent.click(screen.getByText('link'));
    expect(box().value).toBe('ket hon');
    fireEvent.click(screen.getByText('back'));
    await waitFor(() => expect(box().value).toBe('khai sinh 000.00.21.H56-261124-0001!'));
  });

  it('keeps a filter set while typing pauses (the text is written over the address as it is then)', async () => {
    render(
      <MemoryRouter initialEntries={['/luot-tiep']}>
        <SearchBox />
      </MemoryRouter>,
    );
    act(() => typeFast('tran'));
    fireEvent.click(screen.getByText('filter'));
    await waitFor(() => expect(screen.getByTestId('settled').textContent).toBe('tran'));
    expect(new URLSearchParams(address() ?? '').get('tu')).toBe('2026-11-21');
  });
});
