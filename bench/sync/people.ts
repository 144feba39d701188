/**
 * Applicants as a commune desk of Điện Biên meets them (the demo hub's communes): Kinh, Thái and
 * H'Mông names, 12-digit personal identification numbers of the shape the Ministry of Public
 * Security issues (province of birth, century and gender digit, year of birth, six digits), old
 * 9-digit ID numbers for some, village (bản) addresses, mobile numbers; a few organisations with a
 * tax code and a representative. Seeded: every run makes the same people.
 */
import type { Applicant } from '../../src/domain/dossier/events';

import { seeded, type Random } from '../../tests/prng';

export { seeded, type Random };

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const digits = (random: Random, n: number): string => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

const KINH_FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Đặng', 'Ngô', 'Dương', 'Lý', 'Phan', 'Đinh'];
const KINH_MIDDLE_M = ['Văn', 'Đức', 'Hữu', 'Minh', 'Quang', 'Xuân', 'Công', 'Thanh'];
const KINH_MIDDLE_F = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Hồng', 'Minh', 'Phương'];
const KINH_GIVEN_M = ['Hùng', 'Dũng', 'Tuấn', 'Hải', 'Long', 'Nam', 'Sơn', 'Thắng', 'Cường', 'Trung', 'Hiếu', 'Phúc', 'Quân', 'Khánh', 'Bình'];
const KINH_GIVEN_F = ['Hoa', 'Lan', 'Hương', 'Mai', 'Thảo', 'Trang', 'Linh', 'Hà', 'Nga', 'Yến', 'Dung', 'Huyền', 'Vân', 'Nhung', 'Oanh'];
const THAI_FAMILY = ['Lò', 'Quàng', 'Lường', 'Cầm', 'Tòng', 'Lù', 'Điêu', 'Khoàng', 'Quàng', 'Lò'];
const THAI_GIVEN_M = ['Xuân', 'Chung', 'Ơn', 'Piệng', 'Pâng', 'Inh', 'Thoong', 'Tiến', 'Hặc', 'Minh'];
const THAI_GIVEN_F = ['Ún', 'Bua', 'Xiêng', 'Hoa', 'Pọm', 'Ênh', 'Tiên', 'Lả', 'Hương', 'Phanh'];
const HMONG_FAMILY = ['Giàng', 'Sùng', 'Vàng', 'Mùa', 'Thào', 'Lầu', 'Hờ', 'Cứ', 'Lý', 'Chang'];
const HMONG_GIVEN_M = ['Chứ', 'Pó', 'Sình', 'Páo', 'Dế', 'Lử', 'Chá', 'Tủa', 'Súa', 'Vừ'];
const HMONG_GIVEN_F = ['Mỷ', 'Dợ', 'Chua', 'Mai', 'Sung', 'Pà', 'Dua', 'Chí', 'Xo', 'Plềnh'];

/** Bản (villages) of the Mường Phăng area; a few street addresses in the ward nearby. */
const VILLAGES = ['Bản Che Căn', 'Bản Phăng 1', 'Bản Phăng 2', 'Bản Cang', 'Bản Kéo', 'Bản Co Cượm', 'Bản Khá', 'Bản Nghịu', 'Bản Bua', 'Bản Pá Khôm', 'Bản Ten', 'Bản Lọng Háy', 'Bản Kết Bó', 'Bản Yên', 'Bản Ngói', 'Bản Pú Vạp'];
const STREETS = ['đường Võ Nguyên Giáp', 'đường 7 tháng 5', 'đường Trường Chinh', 'đường Hoàng Văn Thái', 'đường Phan Đình Giót'];
const ORG_KINDS = ['Công ty TNHH', 'Công ty cổ phần', 'Hợp tác xã', 'Doanh nghiệp tư nhân'];
const ORG_NAMES = ['Xây dựng Mường Phăng', 'Nông sản Điện Biên Xanh', 'Cà phê Mường Phăng', 'Vận tải Thanh Nưa', 'Dịch vụ du lịch Pú Vạp', 'Dệt thổ cẩm Bản Kéo', 'Chè Tủa Chùa'];

export interface Person {
  applicant: Applicant;
  /** For the return of the result: the applicant's own name usually receives it. */
  name: string;
}

/** One applicant. `year` is the year of the dossier (ages 16 to 80 then). */
export function makeApplicant(random: Random, year: number): Person {
  const address = `${pick(random, VILLAGES)}, xã Mường Phăng, tỉnh Điện Biên`;
  const phone = random() < 0.7 ? `0${pick(random, ['9', '3', '8', '7'])}${digits(random, 8)}` : null;
  if (random() < 0.08) {
    const name = `${pick(random, ORG_KINDS)} ${pick(random, ORG_NAMES)}`;
    const representative = `${pick(random, KINH_FAMILY)} ${pick(random, KINH_MIDDLE_M)} ${pick(random, KINH_GIVEN_M)}`;
    return {
      name: representative,
      applicant: {
        kind: 'organisation',
        name,
        taxCode: `56${digits(random, 8)}`,
        representative,
        address: random() < 0.5 ? `Số ${1 + Math.floor(random() * 300)} ${pick(random, STREETS)}, tỉnh Điện Biên` : address,
        phone,
        email: random() < 0.4 ? `lienhe.${digits(random, 4)}@gmail.com` : null,
      },
    };
  }
  const female = random() < 0.5;
  const group = random();
  let name: string;
  if (group < 0.45) {
    name = `${pick(random, THAI_FAMILY)} ${female ? 'Thị' : 'Văn'} ${pick(random, female ? THAI_GIVEN_F : THAI_GIVEN_M)}`;
  } else if (group < 0.7) {
    name = `${pick(random, HMONG_FAMILY)} ${female ? 'Thị' : 'A'} ${pick(random, female ? HMONG_GIVEN_F : HMONG_GIVEN_M)}`;
  } else {
    name = `${pick(random, KINH_FAMILY)} ${pick(random, female ? KINH_MIDDLE_F : KINH_MIDDLE_M)} ${pick(random, female ? KINH_GIVEN_F : KINH_GIVEN_M)}`;
  }
  const born = year - 16 - Math.floor(random() * 64);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  // Century and gender: 0/1 for 1900s men/women, 2/3 for 2000s; 011 is Điện Biên's code.
  const centuryGender = (born >= 2000 ? 2 : 0) + (female ? 1 : 0);
  const idNumber = `011${centuryGender}${String(born % 100).padStart(2, '0')}${digits(random, 6)}`;
  return {
    name,
    applicant: {
      kind: 'person',
      name,
      idNumber,
      oldIdNumber: random() < 0.3 ? `040${digits(random, 6)}` : null,
      dateOfBirth: `${born}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      gender: female ? 'female' : 'male',
      address,
      phone,
      email: random() < 0.05 ? `${digits(random, 6)}@gmail.com` : null,
    },
  };
}
