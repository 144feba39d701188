/**
 * One spelling convention on screen and paper: the tone mark of "uy" at the end of a syllable sits
 * on the u ("Ủy ban", "hủy", "thủy", "tùy"), as the 2025 decrees and Circular 03/2025 print it —
 * never on the y ("Uỷ", "huỷ"). "quý" is not affected (qu is one consonant; the mark is on y in
 * both conventions), nor "khuỷu" (the syllable goes on).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|css|html)$/.test(name) ? [path] : [];
  });
}

/** Syllables written the new-style way: tone on the y of a final "uy" not after q. */
const NEW_STYLE = /(?<![qQ])[uU][ỳýỷỹỵỲÝỶỸỴ](?!\p{L})/gu;

function newStyleSpellings(text: string): string[] {
  return text.match(NEW_STYLE) ?? [];
}

describe('Ủy / Uỷ spelling', () => {
  it('recognises the new-style spellings and leaves quý and khuỷu alone', () => {
    expect(newStyleSpellings('Uỷ ban nhân dân; huỷ; thuỷ lợi; tuỳ; UỶ BAN')).toHaveLength(5);
    expect(newStyleSpellings('Ủy ban nhân dân; hủy; thủy lợi; tùy; quý; Quý cơ quan; khuỷu tay; Quỳnh; QUÝ')).toEqual([]);
  });

  it('no screen text, message or printed form uses the new-style spelling', () => {
    const found = ['src', 'server', 'index.html']
      .flatMap((p) => (statSync(p).isDirectory() ? sourceFiles(p) : [p]))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) => newStyleSpellings(line).map((word) => `${file}:${i + 1}: ${word}`)),
      );
    expect(found).toEqual([]);
  });
});

describe('Vietnam time', () => {
  it('has one UTC+7 offset (src/domain/calendar/vnTime.ts), which the app and the hub both use', () => {
    const offset = /\b7 \* (3600_000|3_600_000|60 \* 60 \* 1000)\b|\b25_?200_?000\b/;
    const found = ['src', 'server']
      .flatMap(sourceFiles)
      .filter((file) => !file.endsWith(join('calendar', 'vnTime.ts')))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) => (offset.test(line) ? [`${file}:${i + 1}`] : [])),
      );
    expect(found).toEqual([]);
  });
});
