/** The printed forms' shared wording (src/features/print/forms/wording.ts). */
import { describe, expect, it } from 'vitest';
import { headSigner, nameParts, sentence, usefulNote } from '../../src/features/print/forms/wording';

describe('form wording', () => {
  it('ends a sentence after a catalogue name or reason with one full stop, never two', () => {
    expect(sentence('Cấp bản sao trích lục hộ tịch.')).toBe('Cấp bản sao trích lục hộ tịch');
    expect(sentence('Thiếu giấy tờ;  ')).toBe('Thiếu giấy tờ');
    expect(sentence('Chờ xác minh...')).toBe('Chờ xác minh...');
    expect(sentence('Có đúng không?')).toBe('Có đúng không?');
  });

  it('splits an agency name between its body and its place, never inside the place', () => {
    expect(nameParts('ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN')).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH ĐIỆN BIÊN']);
    expect(nameParts('Trung tâm Phục vụ hành chính công xã Mường Phăng')).toEqual(['Trung tâm Phục vụ hành chính công', 'xã Mường Phăng']);
    expect(nameParts('UBND THÀNH PHỐ HÀ NỘI')).toEqual(['UBND', 'THÀNH PHỐ HÀ NỘI']);
    expect(nameParts('TỈNH ĐỒNG NAI')).toEqual(['TỈNH ĐỒNG NAI']);
    expect(nameParts('Văn phòng')).toEqual(['Văn phòng']);
    expect(nameParts('')).toEqual([]);
  });

  it('drops a note that only repeats the document name', () => {
    const name = 'Tờ khai đăng ký khai sinh theo mẫu';
    expect(usefulNote(name, 'Mẫu: Tờ khai đăng ký khai sinh theo mẫu')).toBe('');
    expect(usefulNote(name, 'Tờ khai đăng ký khai sinh')).toBe('');
    expect(usefulNote('Văn bản đăng ký (theo mẫu).', 'Mẫu: Đăng ký hoạt động tín ngưỡng (mẫu B1)')).toBe('Mẫu: Đăng ký hoạt động tín ngưỡng (mẫu B1)');
    expect(usefulNote(name, 'Bản sao chứng thực')).toBe('Bản sao chứng thực');
    expect(usefulNote(name, null)).toBe('');
  });

  it("titles the head's signature as offices print it", () => {
    expect(headSigner('UBND xã Tân Phú')).toEqual(['TM. Ủy ban nhân dân', 'Chủ tịch']);
    expect(headSigner('Ủy ban nhân dân xã Mường Phăng')).toEqual(['TM. Ủy ban nhân dân', 'Chủ tịch']);
    expect(headSigner('Sở Tư pháp tỉnh Điện Biên')).toEqual(['Giám đốc']);
    expect(headSigner('Chi cục Thuế khu vực')).toEqual(['Chi cục trưởng']);
    expect(headSigner('')).toEqual(['Thủ trưởng cơ quan']);
  });
});
