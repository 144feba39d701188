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
 * Words split at '-', so a dossier code "000.00.53.h48-261123-0001" gives "000.00.53.h48",
 * "261123" and "0001"; a word with dots is also indexed from each part onwards ("00.53.h48",
 * "53.h48", "h48"), so typing part of a code works.
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

/**
 * Words every procedure name may carry without saying anything about it. The portal prefixes
 * "Thủ tục" to some names and not to others (25 of the 41 names of the starting catalogue:
 * "Thủ tục đăng ký khai tử" but "Đăng ký lại khai tử"), so it only adds noise: "khai tu" matched
 * the "tục" of "Thủ tục đăng ký khai sinh". An explicit list rather than one computed from word
 * counts: by count "đăng ký" (26 of 41) would go too, and it does tell "Đăng ký khai sinh" from
 * "Cấp bản sao … Giấy khai sinh". Phrases, folded, matched as whole words.
 */
export const STOP_PHRASES: readonly (readonly string[])[] = [['thu', 'tuc']];

/** The words without any stop phrase; the words unchanged when there is none. */
export function withoutStopPhrases(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const phrase = STOP_PHRASES.find((p) => p.every((w, k) => words[i + k] === w));
    if (phrase) i += phrase.length;
    else out.push(words[i++]!);
  }
  return out;
}

export interface PreparedQuery {
  /** The whole query folded, words joined by one space. */
  readonly folded: string;
  /** The query's words without the stop phrases (all of them when the query is only those). */
  readonly tokens: readonly string[];
  /** The query is nothing but stop phrases ("thủ tục"): match the names' words as written. */
  readonly onlyStopWords: boolean;
  /** The query without spaces, compared with codes ("1.001193"). */
  readonly compact: string;
}

/**
 * The last query prepared: callers that pass the query as a string for each of 2,000 items would
 * otherwise fold it 2,000 times per keystroke.
 */
let lastQuery: { text: string; prepared: PreparedQuery } | null = null;

export function prepareQuery(query: string): PreparedQuery {
  if (lastQuery?.text === query) return lastQuery.prepared;
  const all = searchTokens(query);
  const kept = withoutStopPhrases(all);
  const onlyStopWords = kept.length === 0 && all.length > 0;
  const folded = all.join(' ');
  const prepared = { folded, tokens: onlyStopWords ? all : kept, onlyStopWords, compact: folded.replace(/\s/g, '') };
  lastQuery = { text: query, prepared };
  return prepared;
}

/** Fold and join fields into one haystack, to precompute once per item (e.g. code + name + field). */
export function buildSearchText(...parts: readonly (string | null | undefined)[]): string {
  return foldVietnamese(parts.filter((p): p is string => !!p).join(' '));
}

/**
 * Substring matches are only accepted for tokens of at least this length: a 1–2 letter token
 * ("a", "ky") would otherwise match inside almost every name, while a word prefix is still useful
 * ("k" → "khai", "kết hôn"). Three characters is enough for codes typed without the leading
 * "1." ("001193").
 */
const MIN_SUBSTRING = 3;

/** What the ranking looks at: display values as stored, plus the precomputed haystack if any. */
export interface RankTarget {
  name: string;
  code?: string | null;
  /** buildSearchText(code, name, field…) computed once; defaults to name + code. */
  searchText?: string;
}

interface FoldedTarget {
  /** What it was built from, to notice a changed item. */
  text: string;
  rawName: string;
  rawCode: string;
  /** Words of the name, stop phrases dropped (and as written, for a stop-words-only query). */
  name: readonly string[];
  nameAll: readonly string[];
  /** How many of `name` belong to its head: the name up to its first comma, semicolon or bracket. */
  head: number;
  headAll: number;
  /** Words of the rest of the haystack (code, field…), stop phrases dropped. */
  other: readonly string[];
  otherAll: readonly string[];
  code: string;
  /** The name's and the other words joined by spaces, for a quick first test. */
  words: string;
  allWords: string;
  /** The name's length without stop phrases: the last tie-break, shorter first. */
  length: number;
}

/**
 * Folding 2,000 names on every keystroke would be wasted work: items are usually the same
 * objects from one keystroke to the next (an in-memory index), so their folded form is cached
 * per object. A WeakMap lets the index be dropped without leaking.
 */
const foldedCache = new WeakMap<RankTarget, FoldedTarget>();

const HEAD_END = /[,;:(]/;

function foldedTarget(item: RankTarget): FoldedTarget {
  let f = foldedCache.get(item);
  const text = item.searchText ?? '';
  if (!f || f.text !== text || f.rawName !== item.name || f.rawCode !== (item.code ?? '')) {
    const code = item.code ? foldVietnamese(item.code).replace(/\s/g, '') : '';
    const nameAll = searchTokens(item.name);
    const headAll = searchTokens(item.name.split(HEAD_END)[0] ?? '');
    const name = withoutStopPhrases(nameAll);
    const rest = [...searchTokens(text)];
    // The haystack repeats the name: what is left of it once the name's words are taken out.
    for (const w of nameAll) {
      const at = rest.indexOf(w);
      if (at >= 0) rest.splice(at, 1);
    }
    if (code && !rest.includes(code)) rest.push(code);
    const other = withoutStopPhrases(rest);
    f = {
      text,
      rawName: item.name,
      rawCode: item.code ?? '',
      words: [...name, ...other].join(' '),
      allWords: [...nameAll, ...rest].join(' '),
      name,
      nameAll,
      head: withoutStopPhrases(headAll).length,
      headAll: headAll.length,
      other,
      otherAll: rest,
      code,
      length: name.join(' ').length,
    };
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

/** How well one query word matches an item, best first. */
const Fit = {
  /** A whole word of the name ("tu" = "tử"). */
  NameWord: 0,
  /** The start of a word of the name ("tu" → "tục"): the officer may still be typing. */
  NamePrefix: 1,
  /** A whole word or a word's start elsewhere: the field, the code. */
  Other: 2,
  /** Inside a word, 3+ characters ("hai" in "khai"). */
  Inside: 3,
  None: 4,
} as const;
type Fit = (typeof Fit)[keyof typeof Fit];

function fitOf(token: string, name: readonly string[], other: readonly string[]): Fit {
  let best: Fit = Fit.None;
  for (const w of name) {
    if (w === token) return Fit.NameWord;
    if (w.startsWith(token)) best = Fit.NamePrefix;
    else if (best > Fit.Inside && token.length >= MIN_SUBSTRING && w.includes(token)) best = Fit.Inside;
  }
  if (best <= Fit.NamePrefix) return best;
  for (const w of other) {
    if (w.startsWith(token)) return Fit.Other;
    if (best > Fit.Inside && token.length >= MIN_SUBSTRING && w.includes(token)) best = Fit.Inside;
  }
  return best;
}

/**
 * How well an item matches a query; compared key by key, lower is better (see compareMatches).
 * Two matches that are equal in every key are "equally good": only then may the desk's recent
 * use of a procedure order them.
 */
export interface MatchQuality {
  /** 0 the code is the query, 1 the code starts with it, 2 contains it (digits typed), 3 the name. */
  readonly code: 0 | 1 | 2 | 3;
  /** The worst fit of any query word: whole word of the name, word start, field/code, inside a word. */
  readonly fit: number;
  /** 0 when the query's words follow each other in the name, in order (the last may be a word's start). */
  readonly phrase: 0 | 1;
  /** Words of the name's head the query does not account for: "chứng thực chữ ký" leaves 4 of
   * "Chứng thực chữ ký trong các giấy tờ, …" but 18 of "Chứng thực chữ ký người dịch mà …". */
  readonly extra: number;
  /** The name's length without stop phrases: shorter first, after recent use. */
  readonly length: number;
}

function phraseAt(name: readonly string[], tokens: readonly string[], start: number): boolean {
  const last = tokens.length - 1;
  return tokens.every((t, k) => {
    const w = name[start + k];
    return w !== undefined && (w === t || (k === last && w.startsWith(t)));
  });
}

/** The quality of an item's match with a query; null when it does not match. */
export function matchQuality(item: RankTarget, query: string | PreparedQuery): MatchQuality | null {
  const q = typeof query === 'string' ? prepareQuery(query) : query;
  const f = foldedTarget(item);
  const name = q.onlyStopWords ? f.nameAll : f.name;
  const other = q.onlyStopWords ? f.otherAll : f.other;
  const headSize = q.onlyStopWords ? f.headAll : f.head;
  const length = f.length;

  let code: MatchQuality['code'] = 3;
  const digits = /\d/.test(q.compact);
  if (f.code && q.compact === f.code) code = 0;
  else if (f.code && digits && q.compact.length >= 2 && f.code.startsWith(q.compact)) code = 1;
  else if (f.code && digits && q.compact.length >= MIN_SUBSTRING && f.code.includes(q.compact)) code = 2;
  if (code < 3) return { code, fit: 0, phrase: 0, extra: 0, length };

  // Most items lack some query word altogether: one native substring search tells.
  const words = q.onlyStopWords ? f.allWords : f.words;
  for (const t of q.tokens) if (!words.includes(t)) return null;
  let fit: Fit = Fit.NameWord;
  for (const t of q.tokens) {
    const tokenFit = fitOf(t, name, other);
    if (tokenFit === Fit.None) return null;
    if (tokenFit > fit) fit = tokenFit;
  }
  // The first place where the query's words follow each other in the name; the words of the head
  // it covers are accounted for.
  let phrase: 0 | 1 = 1;
  let extra = headSize;
  for (let start = 0; start + q.tokens.length <= name.length; start++) {
    if (phraseAt(name, q.tokens, start)) {
      phrase = 0;
      extra = headSize - Math.max(0, Math.min(q.tokens.length, headSize - start));
      break;
    }
  }
  if (phrase === 1) {
    // Words of the head matched by some query word, in any order.
    const used = new Set<number>();
    for (const t of q.tokens) {
      for (let i = 0; i < headSize; i++) {
        const w = name[i]!;
        if (!used.has(i) && w.startsWith(t)) {
          used.add(i);
          break;
        }
      }
    }
    extra = headSize - used.size;
  }
  return { code, fit, phrase, extra, length };
}

/** Orders two matches: negative when `a` is the better one, 0 when they are equally good (length aside). */
export function compareMatches(a: MatchQuality, b: MatchQuality): number {
  return a.code - b.code || a.fit - b.fit || a.phrase - b.phrase || a.extra - b.extra;
}

/**
 * Whether an item matches the query: every query word is a word or a word's start of the item,
 * or found inside a word (3+ characters), or the query is (part of) the item's code. Stop phrases
 * ("thủ tục") are ignored on both sides. An empty query matches everything.
 */
export function matchesQuery(item: RankTarget, query: string | PreparedQuery): boolean {
  const q = typeof query === 'string' ? prepareQuery(query) : query;
  return q.tokens.length === 0 || matchQuality(item, q) !== null;
}

export interface RankOptions<T> {
  /** At most this many results (the total still counts them all). */
  limit?: number;
  /**
   * How often the desk used an item lately (e.g. dossiers received per procedure). It orders
   * equally good matches only: it never lifts a worse match above a better one.
   */
  useCount?: (item: T) => number;
}

/**
 * The one ranking of procedure searches (the catalogue screen and the intake picker share it):
 *   1. the code: equal to the query, starting with it, containing it (digits typed);
 *   2. how each word fits: a whole word of the name, a word's start, the field or code, inside a word;
 *   3. the query's words as a phrase of the name, in order;
 *   4. fewer words of the name's head left unexplained by the query;
 *   5. recent use (only between matches equal in 1–4);
 *   6. shorter name, then the input order (stable).
 * An empty query returns the items in their input order.
 */
export function searchRanked<T extends RankTarget>(
  items: readonly T[],
  query: string,
  options: RankOptions<T> = {},
): { total: number; results: T[] } {
  const limit = options.limit ?? Infinity;
  const q = prepareQuery(query);
  if (q.tokens.length === 0) return { total: items.length, results: items.slice(0, limit) };
  const hits: { item: T; quality: MatchQuality; uses: number; index: number }[] = [];
  items.forEach((item, index) => {
    const quality = matchQuality(item, q);
    if (quality) hits.push({ item, quality, uses: options.useCount?.(item) ?? 0, index });
  });
  hits.sort((a, b) => compareMatches(a.quality, b.quality) || b.uses - a.uses || a.quality.length - b.quality.length || a.index - b.index);
  return { total: hits.length, results: hits.slice(0, limit).map((h) => h.item) };
}
