/**
 * UI text goes through rosetta (a 300-byte message lookup with {{var}} interpolation) with
 * Vietnamese as the desk's language and English second. Keys are type-checked against the
 * Vietnamese messages, and en.ts must have the same shape. i18next was measured first: 39 KB
 * minified, 8% of the first-load budget for what our typed dictionaries need.
 */
import rosetta from 'rosetta';
import { useMemo } from 'react';
import type * as dossiersMessages from '../features/dossiers/messages';
import type * as exportsMessages from '../features/export/messages';
import type * as printMessages from '../features/print/messages';
import type * as reportsMessages from '../features/reports/messages';
import type * as receiveMessages from '../features/receive/messages';
import type * as visitsMessages from '../features/visits/messages';
import { en } from './locales/en';
import { vi, type CoreMessages, type Widen } from './locales/vi';
import { useUi, type Language } from './uiState';

/** Texts of the screens that load on demand, by namespace; each registers its own. */
interface FeatureMessages {
  receive: Widen<typeof receiveMessages.vi>;
  dossiers: Widen<typeof dossiersMessages.vi>;
  print: Widen<typeof printMessages.vi>;
  visits: Widen<typeof visitsMessages.vi>;
  reports: Widen<typeof reportsMessages.vi>;
  exports: Widen<typeof exportsMessages.vi>;
}

export type Messages = CoreMessages & FeatureMessages;

type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Paths<Messages>;
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const i18n = rosetta<Partial<Messages>>({ vi, en });

/**
 * Adds a lazily loaded screen's texts. Called by the screen's messages module when its chunk is
 * evaluated, so they are there before the screen first renders.
 */
export function registerMessages<N extends keyof FeatureMessages>(namespace: N, texts: { vi: FeatureMessages[N]; en: FeatureMessages[N] }): void {
  i18n.set('vi', { [namespace]: texts.vi } as Partial<Messages>);
  i18n.set('en', { [namespace]: texts.en } as Partial<Messages>);
}

export function translator(language: Language): Translate {
  // A missing English text falls back to the Vietnamese one rather than showing nothing.
  return (key, vars) => i18n.t(key, vars, language) || i18n.t(key, vars, 'vi');
}

/** The translate function for the current language; screens re-render when it changes. */
export function useT(): Translate {
  const language = useUi((s) => s.language);
  return useMemo(() => translator(language), [language]);
}
