import { describe, expect, it } from 'vitest';
import { keptDocuments, notHandedIn, shownDocuments } from '../../src/domain/dossier/documents';
import type { ReceivedDocument } from '../../src/domain/dossier/events';

const doc = (name: string, received: boolean, shownOnly?: boolean): ReceivedDocument => ({ name, originals: 1, copies: 0, received, ...(shownOnly === undefined ? {} : { shownOnly }) });

describe('documents received at intake', () => {
  const documents = [doc('Tờ khai', true), doc('Căn cước', true, true), doc('Giấy chứng sinh', true, false), doc('Văn bản ủy quyền', false), doc('Sổ hộ khẩu', false, true)];

  it('counts as received only what was handed in and kept, never a paper only shown or left unticked', () => {
    expect(keptDocuments(documents).map((d) => d.name)).toEqual(['Tờ khai', 'Giấy chứng sinh']);
  });

  it('lists apart the papers shown for checking and handed back, and those not handed in', () => {
    expect(shownDocuments(documents).map((d) => d.name)).toEqual(['Căn cước']);
    expect(notHandedIn(documents).map((d) => d.name)).toEqual(['Văn bản ủy quyền', 'Sổ hộ khẩu']);
  });
});
