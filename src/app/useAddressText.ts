/**
 * A search box whose text also lives in the address (?q=…), so a reload or "back" finds the same
 * search. The box keeps its own state and the address follows it, never the other way round while
 * the officer types.
 *
 * Why: a box whose value was read back from the address lost keystrokes. The router applies a new
 * address in a transition, so after each key React re-rendered the box with the address's older
 * value while the next keys were already arriving; a USB scanner typing a receipt's code
 * (`000.00.21.H56-261124-0001`, a key every few milliseconds) left `0.0..H2614-01`.
 *
 * The address is written when typing pauses (or at once with `flush`, e.g. on Enter), marked as
 * written by this box. A change of the address that the box did not write — a link, "back", a
 * "clear filters" button — replaces the box's text.
 */
import { useEffect, useState } from 'react';
import { useLocation, useNavigationType, useSearchParams } from 'react-router';

/** Typing pauses this long before the address follows. */
export const ADDRESS_PAUSE_MS = 250;

/** Set in the navigation state of the box's own writes. */
const TYPED = 'typedSearch';

export interface AddressText {
  /** What the box shows: every keystroke, at once. */
  text: string;
  setText(value: string): void;
  /** What the address holds: the text as of the last pause. */
  settled: string;
  /** Writes the text to the address now (Enter need not wait for the pause). */
  flush(): void;
}

export function useAddressText(param: string, pauseMs = ADDRESS_PAUSE_MS): AddressText {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigation = useNavigationType();
  const inAddress = params.get(param) ?? '';
  const [text, setText] = useState(inAddress);
  const [seen, setSeen] = useState(inAddress);

  // The address changed under the box (adjusted while rendering, not in an effect, so the box never
  // shows a stale value for a frame): the box's own writes are ignored — they are older than what
  // it shows — anything else is a navigation the box follows.
  if (seen !== inAddress) {
    setSeen(inAddress);
    const own = navigation !== 'POP' && (location.state as Record<string, unknown> | null)?.[TYPED] === param;
    if (!own) setText(inAddress);
  }

  // Built from this render's address: a write that waits for a pause in typing is rescheduled
  // whenever the address changes (see the effect), so it keeps what other filters changed meanwhile.
  // (react-router's functional update would see the params of the render that scheduled it.)
  const write = (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(param, value);
    else next.delete(param);
    setParams(next, { replace: true, state: { [TYPED]: param } });
  };

  useEffect(() => {
    if (text === inAddress) return;
    const timer = setTimeout(() => write(text), pauseMs);
    return () => clearTimeout(timer);
    // `write` is rebuilt every render; the text and the whole address are what decide.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, params.toString(), pauseMs]);

  return {
    text,
    setText,
    settled: inAddress,
    flush: () => {
      if (text !== inAddress) write(text);
    },
  };
}
