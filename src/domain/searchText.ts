/**
 * Vietnamese search text. Officers type without diacritics ("dang ky khai sinh"), with a
 * Telex/VNI IME half-way through a word, or paste a procedure code ("1.001193"); all must find
 * "Đăng ký khai sinh". The catalogue holds ~2,000 procedures and the list is filtered on every
 * keystroke, so an item's haystack is folded once (buildSearchText, stored with the item) and a
 * query is folded once per keystroke (prepareQuery); matching is then plain `indexOf` on
 * ASCII-ish strings.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const WHITESPACE = /\s+/g;
/** Word characters: letters, digits, and '.' so that codes like "1.001193" stay one word. */
const TOKEN_SPLIT = /[^\p{L}\p{N}.]+/u;

/**
 * Fold for comparison: drop tone and vowel marks (NFD + strip combining marks), đ → d, lower
 * case, collapse whitespace. 'Ð' (U+00D0, Icelandic eth) is folded too because it is often typed
 * by mistake for 'Đ' (U+0110): they look identical.
 */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[đð]/g, 'd')
    .replace(WHITESPACE, ' ')
    .trim();
}

/** Folded words of a text; dots at a word's edges (end of sentence) are dropped, inner dots kept. */
export function searchTokens(s: string): string[] {
  const out: string[] = [];
  for (const raw of foldVietnamese(s).split(TOKEN_SPLIT)) {
    const t = raw.replace(/^\.+|\.+$/g, '');
    if (t) out.push(t);
  }
  return out;
}

/**
 * The words a record is indexed under (an IndexedDB multi-entry index), so a search can start
 * from the records having a word that begins with the typed token instead of reading them all.
 * Besides each folded word, a word with separators (a dossier code "000.00.53.h48-261123-0001")
 * is also indexed from each part onwards ("261123-0001", "0001"), so typing part of a code works.
 */
export function indexWords(text: string): string[] {
  const words = new Set<string>();
  for (const token of searchTokens(text)) {
    words.add(token);
    for (let i = 0; i < token.length; i++) {
      if ((token[i] === '.' || token[i] === '-') && i + 1 < token.length) words.add(token.slice(i + 1));
    }
  }
  return [...words];
}

export interface PreparedQuery {
  /** The whole query folded, for "name starts with the query" and exact code matches. */
  readonly folded: string;
  /** Shared by the memo below: never mutate. */
  readonly tokens: readonly string[];
}

/**
 * The last query prepared: callers that pass the query as a string to matchesQuery/rankMatch for
 * each of 2,000 items would otherwise fold it 4,000 times per keystroke.
 */
let lastQuery: { text: string; prepared: PreparedQuery } | null = null;

export function prepareQuery(query: string): PreparedQuery {
  if (lastQuery?.text === query) return lastQuery.prepared;
  const tokens = searchTokens(query);
  const prepared = { folded: tokens.join(' '), tokens };
  lastQuery = { text: query, prepared };
  return prepared;
}

/** Fold and join fields into one haystack, to precompute once per item (e.g. code + name + field). */
export function buildSearchText(...parts: readonly (string | null | undefined)[]): string {
  return foldVietnamese(parts.filter((p): p is string => !!p).join(' '));
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Whether `token` occurs in `hay` at the start of a word (after a non-letter/digit or at 0). */
function hasWordPrefix(hay: string, token: string): boolean {
  let i = hay.indexOf(token);
  while (i !== -1) {
    if (i === 0 || !isWordChar(hay[i - 1])) return true;
    i = hay.indexOf(token, i + 1);
  }
  return false;
}

/**
 * Substring matches are only accepted for tokens of at least this length: a 1–2 letter token
 * ("a", "ky") would otherwise match inside almost every name, while a word prefix is still useful
 * ("k" → "khai", "kết hôn"). Three characters is enough for codes typed without the leading
 * "1." ("001193").
 */
const MIN_SUBSTRING = 3;

function tokenMatches(hay: string, token: string): boolean {
  return token.length >= MIN_SUBSTRING ? hay.includes(token) : hasWordPrefix(hay, token);
}

/**
 * Every query token must occur in the folded haystack: as the start of a word, or anywhere for
 * tokens of 3+ characters. Token order is free ("khai sinh dang ky" still finds the name). An
 * empty query matches everything (the list shows the whole catalogue).
 */
export function matchesQuery(haystackFolded: string, query: string | PreparedQuery): boolean {
  const q = typeof query === 'string' ? prepareQuery(query) : query;
  for (const token of q.tokens) {
    if (!tokenMatches(haystackFolded, token)) return false;
  }
  return true;
}

/** What rankMatch looks at: display values as stored, plus the precomputed haystack if any. */
export interface RankTarget {
  name: string;
  code?: string | null;
  /** buildSearchText(code, name, …) computed once; defaults to name + code. */
  searchText?: string;
}

interface FoldedTarget {
  name: string;
  code: string;
  text: string;
}

/**
 * Folding 2,000 names on every keystroke would be wasted work: items are usually the same
 * objects from one keystroke to the next (an in-memory index), so their folded form is cached
 * per object. A WeakMap lets the index be dropped without leaking.
 */
const foldedCache = new WeakMap<RankTarget, FoldedTarget>();

function foldedTarget(item: RankTarget): FoldedTarget {
  let f = foldedCache.get(item);
  if (!f || (item.searchText !== undefined && f.text !== item.searchText)) {
    const name = searchTokens(item.name).join(' ');
    const code = item.code ? foldVietnamese(item.code).replace(/\s/g, '') : '';
    f = { name, code, text: item.searchText ?? [name, code].filter(Boolean).join(' ') };
    foldedCache.set(item, f);
  }
  return f;
}

/**
 * Folds the items' names ahead of time (when an index is built), so the officer's first
 * keystroke does not pay for folding the whole catalogue.
 */
export function warmRankCache(items: readonly RankTarget[]): void {
  for (const item of items) foldedTarget(item);
}

/** Rank of an item that does not match the query. */
export const NO_MATCH = Number.POSITIVE_INFINITY;

/**
 * Rank of an item for a query: lower is better, NO_MATCH when it does not match. Tiers:
 *   0 code equals the query ("1.001193")
 *   1 code starts with the query (at least 2 characters typed)
 *   2 name starts with the whole query
 *   3 every token starts a word of the name
 *   4 every token starts a word of the haystack (code, field…)
 *   5 some token matched only inside a word
 * Within a tier, shorter names come first (a fraction < 1 is added), so "Đăng ký khai sinh" is
 * listed before "Đăng ký khai sinh có yếu tố nước ngoài". An empty query ranks everything 0.
 */
export function rankMatch(item: RankTarget, query: string | PreparedQuery): number {
  const q = typeof query === 'string' ? prepareQuery(query) : query;
  if (q.tokens.length === 0) return 0;
  const f = foldedTarget(item);
  if (!matchesQuery(f.text, q)) return NO_MATCH;
  const compact = q.folded.replace(/\s/g, '');
  let tier: number;
  if (f.code && compact === f.code) tier = 0;
  else if (f.code && compact.length >= 2 && f.code.startsWith(compact)) tier = 1;
  else if (f.name.startsWith(q.folded)) tier = 2;
  else if (q.tokens.every((t) => hasWordPrefix(f.name, t))) tier = 3;
  else if (q.tokens.every((t) => hasWordPrefix(f.text, t))) tier = 4;
  else tier = 5;
  return tier + Math.min(f.name.length, 999) / 1000;
}

/**
 * Filter and order items for a query. Stable: equal ranks keep the input order. An empty query
 * returns the first `limit` items unchanged.
 */
export function searchRanked<T extends RankTarget>(items: readonly T[], query: string, limit = Infinity): T[] {
  const q = prepareQuery(query);
  if (q.tokens.length === 0) return items.slice(0, limit);
  const hits: { item: T; rank: number; index: number }[] = [];
  items.forEach((item, index) => {
    const rank = rankMatch(item, q);
    if (rank !== NO_MATCH) hits.push({ item, rank, index });
  });
  hits.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return hits.slice(0, limit).map((h) => h.item);
}
