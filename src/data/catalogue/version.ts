/**
 * Version of the bundled starting catalogue. Kept apart from the data so that a start-up which
 * finds the catalogue already loaded does not fetch and parse the data chunk just to compare.
 * Bump it whenever procedures.ts changes.
 */
export const CATALOGUE_VERSION = '2025-07-01.3';
