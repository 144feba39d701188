/**
 * Starting catalogue of commune-level (cấp xã) administrative procedures — DOMAIN.md §5.
 *
 * Every value comes from a public source listed in the record's `sources`:
 * - the procedure's page on the National Public Service Portal (Cổng Dịch vụ công quốc gia,
 *   dichvucong.gov.vn), read from a public snapshot of those pages kept in the GitHub repository
 *   chatbot-tthc/chatbot_tthc (scripts/crawler/data/raw/<bộ>/<code>.json: bo-tu-phap, bo-tai-chinh,
 *   bo-nong-nghiep-mt);
 * - for the two tín ngưỡng procedures (ministry not in that snapshot), provinces' commune-level
 *   procedure pages, cited one by one;
 * - for time limits the portal does not show with a unit, the law itself (Luật Hộ tịch 2014,
 *   Nghị định 123/2015/NĐ-CP, Nghị định 23/2015/NĐ-CP), cited in `legalBasis` and in `text`.
 * Values that could not be confirmed are `null` (never guessed); see docs/catalogue.md.
 *
 * Conventions:
 * - `Fee.amountVnd` is the amount for one unit (one case / one copy / one transaction), as the
 *   portal states it; `null` when it depends on the province (HĐND cấp tỉnh) or on a page count.
 * - `RequiredDocument.originals`/`copies` follow the portal's "Số lượng" column.
 * - `onlineLevel` is `null`: the portal snapshot does not state "toàn trình"/"một phần".
 */
import type {
  ChannelTerms,
  DocumentCase,
  Fee,
  Procedure,
  ProcedureSource,
  RequiredDocument,
  TimeLimit,
} from '../../domain/procedure';

export { CATALOGUE_VERSION } from './version';

const RETRIEVED = '2026-11-22';
const SNAPSHOT_COMMIT = '7b79a320cbbd6727c1ef7551fd13e8eff9e410e7';
/** Commune competence after the two-tier reform applies from this date (NĐ 120/2025/NĐ-CP). */
const EFFECTIVE = '2025-07-01';

const HO_TICH = { code: null, name: 'Hộ tịch' } as const;
const CHUNG_THUC = { code: null, name: 'Chứng thực' } as const;
const NUOI_CON_NUOI = { code: null, name: 'Nuôi con nuôi' } as const;

const UBND_XA = 'Ủy ban nhân dân cấp xã';

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

function portal(url: string, name: string, code: string): ProcedureSource[] {
  return [
    { url, title: `Cổng Dịch vụ công quốc gia – ${name} (mã ${code})`, retrieved: RETRIEVED },
    {
      url: `https://github.com/chatbot-tthc/chatbot_tthc/blob/${SNAPSHOT_COMMIT}/scripts/crawler/data/raw/bo-tu-phap/${code}.json`,
      title: `Bản lưu trang chi tiết thủ tục ${code} trên Cổng Dịch vụ công quốc gia (kho chatbot-tthc/chatbot_tthc)`,
      retrieved: RETRIEVED,
    },
  ];
}

const SRC_LUAT_HO_TICH_HCM: ProcedureSource = {
  url: 'http://linhchieu.tpthuduc.hochiminhcity.gov.vn/cac-thu-tuc-hanh-chinh/dang-ky-ket-hon/ct/5206/3021',
  title: 'Phường Linh Chiểu (TP. Thủ Đức) – Thủ tục đăng ký kết hôn (thời hạn: ngay trong ngày; sau 15 giờ hẹn; cần xác minh không quá 05 ngày làm việc)',
  retrieved: RETRIEVED,
};
const SRC_CHUNG_THUC_LAOCAI: ProcedureSource = {
  url: 'https://dichvucong.laocai.gov.vn/yenbai/tra-cuu/chi-tiet-thu-tuc?ma-thu-tuc=26455',
  title: 'Cổng DVC tỉnh Lào Cai – Cấp bản sao từ sổ gốc (thời hạn chứng thực: ngay trong ngày hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ)',
  retrieved: RETRIEVED,
};
const SRC_PHI_CHUNG_THUC: ProcedureSource = {
  url: 'https://congchung2tphcm.com.vn/chung-thuc-ban-sao-2/',
  title: 'Phí chứng thực bản sao từ bản chính theo Thông tư số 226/2016/TT-BTC',
  retrieved: RETRIEVED,
};
const SRC_MOJ_KET_HON_LUU_DONG: ProcedureSource = {
  url: 'https://moj.gov.vn/thutuchanhchinh/Pages/chi-tiet-tthc.aspx?ItemID=1202',
  title: 'Bộ Tư pháp – Cơ sở dữ liệu TTHC: Thủ tục đăng ký kết hôn lưu động (mã 1.000593)',
  retrieved: RETRIEVED,
};

// ---------------------------------------------------------------------------------------------
// Time limits and fees
// ---------------------------------------------------------------------------------------------

const HO_TICH_15H =
  'Trường hợp hồ sơ đầy đủ, hợp lệ thì tiếp nhận hồ sơ; nếu tiếp nhận hồ sơ sau 15 giờ thì có Phiếu hẹn, trả kết quả cho người yêu cầu trong ngày làm việc tiếp theo.';

function withinDay(text: string): TimeLimit {
  return { amount: 0, unit: 'within-day', cutOff: '15:00', text };
}
function workingDays(amount: number, text: string): TimeLimit {
  return { amount, unit: 'working-days', text };
}

const CHUNG_THUC_TRONG_NGAY = withinDay(
  'Thời hạn thực hiện yêu cầu chứng thực là ngay trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ (Nghị định số 23/2015/NĐ-CP). Cổng DVCQG: “Không có thông tin”.',
);
const CHUNG_THUC_HOP_DONG = workingDays(
  2,
  'Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ hoặc có thể kéo dài hơn theo thỏa thuận bằng văn bản với người yêu cầu chứng thực (Nghị định số 23/2015/NĐ-CP). Cổng DVCQG: “Không có thông tin”.',
);

function fee(label: string, amountVnd: number | null, text?: string): Fee {
  return text === undefined ? { label, amountVnd } : { label, amountVnd, text };
}

const LE_PHI_HDND =
  'Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương quyết định. Miễn lệ phí cho người thuộc gia đình có công với cách mạng; người thuộc hộ nghèo; người khuyết tật.';
const PHI_BAN_SAO_281 =
  'Phí cấp bản sao (nếu có yêu cầu) thực hiện theo quy định tại Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính.';

type ChannelName = 'desk' | 'online' | 'postal';

/** The same terms on each listed channel (the portal lists identical terms per channel). */
function sameTerms(
  channels: ChannelName[],
  timeLimit: TimeLimit | null,
  fees: Fee[],
  note?: string,
): ChannelTerms[] {
  return channels.map((channel) =>
    note === undefined ? { channel, timeLimit, fees } : { channel, timeLimit, fees, note },
  );
}

const ALL: ChannelName[] = ['desk', 'online', 'postal'];

// ---------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------

function doc(
  name: string,
  originals: number | null,
  copies: number | null,
  extra: Partial<RequiredDocument> = {},
): RequiredDocument {
  return { name, originals, copies, ...extra };
}

const GIAY_TO_TUY_THAN = doc(
  'Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng (giấy tờ tùy thân)',
  1,
  0,
  {
    showOnly: true,
    note: 'Nếu là Hộ chiếu, Thẻ căn cước, Căn cước công dân, Giấy chứng nhận căn cước thì chỉ cần cung cấp số định danh cá nhân hoặc thông tin về giấy tờ để cơ quan đăng ký hộ tịch tra cứu.',
  },
);

const GIAY_TO_CU_TRU = doc(
  'Giấy tờ có giá trị chứng minh thông tin về cư trú (khi cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú theo khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP)',
  1,
  0,
  { showOnly: true, optional: true },
);

function uyQuyen(viec: string, chungThuc = false): RequiredDocument {
  return doc(
    `Văn bản ủy quyền${chungThuc ? ' (được chứng thực)' : ''} theo quy định của pháp luật trong trường hợp ủy quyền thực hiện việc ${viec}`,
    1,
    0,
    {
      optional: true,
      note: 'Trường hợp người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền thì văn bản ủy quyền không phải chứng thực.',
    },
  );
}

const BAN_SAO_BUU_CHINH = doc(
  'Bản sao có chứng thực các giấy tờ phải xuất trình (trường hợp gửi hồ sơ qua hệ thống bưu chính)',
  0,
  null,
);

/**
 * Civil-status cases: at the desk (or by post) with the paper form, online with the interactive
 * e-form. `papers` are the documents to submit in both cases.
 */
function hoTichCases(opts: {
  toKhai: string;
  mauDienTu?: string;
  papers: RequiredDocument[];
  show?: RequiredDocument[];
  postal?: boolean;
}): DocumentCase[] {
  const show = opts.show ?? [GIAY_TO_TUY_THAN, GIAY_TO_CU_TRU];
  const cases: DocumentCase[] = [
    {
      id: 'truc-tiep',
      name: opts.postal === false ? 'Nộp hồ sơ trực tiếp' : 'Nộp hồ sơ trực tiếp hoặc qua hệ thống bưu chính',
      documents: [
        doc(opts.toKhai, 1, 0, { form: opts.toKhai }),
        ...opts.papers,
        ...show,
        ...(opts.postal === false ? [] : [{ ...BAN_SAO_BUU_CHINH, optional: true }]),
      ],
    },
  ];
  if (opts.mauDienTu) {
    cases.push({
      id: 'truc-tuyen',
      name: 'Nộp hồ sơ trực tuyến (Cổng Dịch vụ công quốc gia hoặc VNeID)',
      documents: [
        doc(opts.mauDienTu, 1, 0, { form: opts.mauDienTu }),
        ...opts.papers.map((d) => ({ ...d, note: d.note ? `${d.note} Nộp trực tuyến: tải lên bản chụp hoặc bản sao điện tử.` : 'Nộp trực tuyến: tải lên bản chụp hoặc bản sao điện tử.' })),
      ],
    });
  }
  return cases;
}

// ---------------------------------------------------------------------------------------------
// Legal bases (as listed on the portal)
// ---------------------------------------------------------------------------------------------

const LB_HO_TICH = [
  'Luật Hộ tịch số 60/2014/QH13',
  'Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
  'Nghị định số 87/2020/NĐ-CP quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến',
  'Nghị định số 104/2022/NĐ-CP',
  'Nghị định số 07/2025/NĐ-CP sửa đổi, bổ sung một số điều của các Nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực',
  'Nghị định số 120/2025/NĐ-CP ngày 11/6/2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp',
  'Nghị quyết số 66.7/2025/NQ-CP của Chính phủ quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu',
  'Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp',
  'Thông tư số 04/2024/TT-BTP sửa đổi, bổ sung Thông tư số 02/2020/TT-BTP và Thông tư số 04/2020/TT-BTP',
  'Thông tư số 01/2022/TT-BTP',
  'Thông tư số 08/2025/TT-BTP ngày 12/6/2025 của Bộ trưởng Bộ Tư pháp',
  'Thông tư số 85/2019/TT-BTC; Thông tư số 106/2021/TT-BTC',
];
const LB_HON_NHAN = ['Luật Hôn nhân và gia đình số 52/2014/QH13', ...LB_HO_TICH];
const LB_GIAM_HO = ['Bộ luật Dân sự số 91/2015/QH13', ...LB_HO_TICH];
const LB_CHUNG_THUC = [
  'Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch',
  'Nghị định số 280/2025/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 23/2015/NĐ-CP',
  'Nghị quyết số 66.7/2025/NQ-CP của Chính phủ',
  'Thông tư số 01/2020/TT-BTP',
  'Thông tư số 226/2016/TT-BTC',
];

const DEC_163 = 'Quyết định số 163/QĐ-BTP (số quyết định hiển thị trên Cổng DVCQG; ngày ban hành chưa xác nhận)';
const DEC_858 = 'Quyết định số 858/QĐ-BTP (số quyết định hiển thị trên Cổng DVCQG; ngày ban hành chưa xác nhận)';
const DEC_3152 = 'Quyết định số 3152/QĐ-BTP (số quyết định hiển thị trên Cổng DVCQG; ngày ban hành chưa xác nhận)';
const DEC_361 = 'Quyết định số 361/QĐ-BTP (số quyết định hiển thị trên Cổng DVCQG; ngày ban hành chưa xác nhận)';

const PORTAL_NO_UNIT = (n: number) =>
  `Cổng DVCQG ghi thời gian “${n}” nhưng không hiển thị đơn vị; chưa xác nhận đơn vị nên để trống.`;

// ---------------------------------------------------------------------------------------------
// Other fields (added in 2025-07-01.2): hộ kinh doanh, đất đai, trồng trọt, hòa giải ở cơ sở,
// tín ngưỡng. Same rules: portal values where the snapshot shows them, `null` otherwise.
// ---------------------------------------------------------------------------------------------

/** Snapshot of a portal page in another ministry's folder of chatbot-tthc/chatbot_tthc. */
function portalIn(folder: string, url: string, name: string, code: string): ProcedureSource[] {
  return [
    { url, title: `Cổng Dịch vụ công quốc gia – ${name} (mã ${code})`, retrieved: RETRIEVED },
    {
      url: `https://github.com/chatbot-tthc/chatbot_tthc/blob/${SNAPSHOT_COMMIT}/scripts/crawler/data/raw/${folder}/${code}.json`,
      title: `Bản lưu trang chi tiết thủ tục ${code} trên Cổng Dịch vụ công quốc gia (kho chatbot-tthc/chatbot_tthc)`,
      retrieved: RETRIEVED,
    },
  ];
}

const HO_KINH_DOANH = { code: null, name: 'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)' } as const;
const DAT_DAI = { code: null, name: 'Đất đai' } as const;
const TRONG_TROT = { code: null, name: 'Trồng trọt' } as const;
const HOA_GIAI_CO_SO = { code: null, name: 'Hòa giải ở cơ sở' } as const;
const TON_GIAO = { code: null, name: 'Tôn giáo Chính phủ' } as const;

const CQ_DKKD_XA = 'Cơ quan đăng ký kinh doanh cấp xã';

const DEC_2353 = 'Quyết định số 2353/QĐ-BTC (số quyết định hiển thị trên Cổng DVCQG; ngày ban hành chưa xác nhận)';
const DEC_2304 = 'Quyết định số 2304/QĐ-BNNMT (số quyết định hiển thị trên Cổng DVCQG; ngày ban hành chưa xác nhận)';
const DEC_1000_BNNMT = 'Quyết định số 1000/QĐ-BNNMT (số quyết định hiển thị trên Cổng DVCQG; ngày ban hành chưa xác nhận)';
const DEC_2338 = 'Quyết định số 2338/QĐ-BTP (Cổng DVCQG ghi “QĐ2338-BTP”; ngày ban hành chưa xác nhận)';

const LB_HKD = [
  'Luật Doanh nghiệp số 59/2020/QH14',
  'Luật số 76/2025/QH15 sửa đổi, bổ sung một số điều của Luật Doanh nghiệp 2020',
  'Nghị định số 168/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phủ về đăng ký doanh nghiệp',
  'Thông tư số 68/2025/TT-BTC của Bộ Tài chính: Ban hành biểu mẫu sử dụng trong đăng ký doanh nghiệp, đăng ký hộ kinh doanh',
  'Thông tư số 85/2019/TT-BTC hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương',
];

const HKD_LE_PHI =
  'Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định (căn cứ quy định tại Thông tư số 85/2019/TT-BTC). Người nộp hồ sơ đăng ký hộ kinh doanh nộp lệ phí đăng ký hộ kinh doanh tại thời điểm nộp hồ sơ đăng ký hộ kinh doanh. Lệ phí đăng ký hộ kinh doanh không được hoàn trả cho hộ kinh doanh trong trường hợp hộ kinh doanh không được cấp đăng ký hộ kinh doanh.';
const HKD_LE_PHI_NEU_CO = 'Miễn phí (Cổng DVCQG). Mức lệ phí (nếu có) theo quy định của Hội đồng nhân dân cấp tỉnh.';

const HKD_HDND_APPLICANTS = 'Tổ chức (không bao gồm doanh nghiệp, HTX), Công dân Việt Nam';

/**
 * Papers required when the household business authorises someone to file (the portal lists the
 * same four items for every household-business procedure; the counts differ per procedure).
 */
function hkdUyQuyen(counts: {
  caNhan: [number, number];
  toChuc: [number, number];
  buuChinh: [number, number];
}): RequiredDocument[] {
  const optional = { optional: true } as const;
  return [
    doc(
      '(i) Trường hợp ủy quyền cho cá nhân thực hiện thủ tục đăng ký hộ kinh doanh, kèm theo hồ sơ đăng ký hộ kinh doanh phải có văn bản ủy quyền cho cá nhân thực hiện thủ tục liên quan đến đăng ký hộ kinh doanh. Văn bản ủy quyền này không bắt buộc phải công chứng, chứng thực.',
      counts.caNhan[0],
      counts.caNhan[1],
      optional,
    ),
    doc(
      '(ii) Trường hợp ủy quyền cho tổ chức thực hiện thủ tục đăng ký hộ kinh doanh, kèm theo hồ sơ đăng ký hộ kinh doanh phải có bản sao hợp đồng cung cấp dịch vụ với tổ chức làm dịch vụ thực hiện thủ tục liên quan đến đăng ký hộ kinh doanh, giấy giới thiệu của tổ chức đó cho cá nhân trực tiếp thực hiện thủ tục liên quan đến đăng ký hộ kinh doanh.',
      counts.toChuc[0],
      counts.toChuc[1],
      {
        ...optional,
        note: '(iv) Trường hợp ủy quyền cho đơn vị cung cấp dịch vụ bưu chính không phải là bưu chính công ích thực hiện thủ tục đăng ký hộ kinh doanh thì việc ủy quyền thực hiện theo quy định tại mục (ii).',
      },
    ),
    doc(
      '(iii) Trường hợp ủy quyền cho đơn vị cung cấp dịch vụ bưu chính công ích thực hiện thủ tục đăng ký hộ kinh doanh thì khi thực hiện thủ tục đăng ký hộ kinh doanh, nhân viên bưu chính phải nộp bản sao phiếu gửi hồ sơ theo mẫu do doanh nghiệp cung ứng dịch vụ bưu chính công ích phát hành có chữ ký xác nhận của nhân viên bưu chính và chủ hộ kinh doanh.',
      counts.buuChinh[0],
      counts.buuChinh[1],
      optional,
    ),
    doc(
      'Trường hợp chưa có tài khoản định danh điện tử để thực hiện xác thực điện tử thì hồ sơ đăng ký hộ kinh doanh phải kèm theo bản sao thẻ Căn cước hoặc thẻ Căn cước công dân còn hiệu lực của người ủy quyền.',
      0,
      1,
      {
        ...optional,
        note: '(v) Người ủy quyền và người được ủy quyền phải thực hiện xác thực điện tử để được cấp đăng ký hộ kinh doanh (Cổng DVCQG).',
      },
    ),
  ];
}

const HKD_BIEN_BAN_NHOM = (viec: string) =>
  doc(
    `Biên bản họp nhóm cá nhân tham gia hộ kinh doanh về việc ${viec} đối với trường hợp hộ kinh doanh do nhóm cá nhân thành lập trước ngày Nghị định số 168/2025/NĐ-CP có hiệu lực thi hành`,
    1,
    0,
    { optional: true },
  );

const HKD_BAN_SAO_UY_QUYEN_HO_GIA_DINH = doc(
  'Bản sao văn bản ủy quyền của các thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh. Văn bản ủy quyền này phải được công chứng hoặc chứng thực theo quy định của pháp luật.',
  0,
  1,
);

const HKD_STEPS_ONLINE =
  'Trường hợp đăng ký qua mạng thông tin điện tử: người nộp hồ sơ dùng tài khoản định danh điện tử đăng nhập Hệ thống thông tin về đăng ký hộ kinh doanh, kê khai, tải văn bản điện tử, ký số và thanh toán lệ phí; nhận giấy tiếp nhận hồ sơ và hẹn trả kết quả qua mạng.';

const PORTAL_TIME_CONFLICT = (portal: string, steps: string) =>
  `Cổng DVCQG ghi thời gian “${portal}” (không hiển thị đơn vị), trong khi phần trình tự thực hiện trên cùng trang ghi “${steps}”; chưa xác nhận được giá trị nào áp dụng nên để trống.`;

// ---------------------------------------------------------------------------------------------
// The catalogue
// ---------------------------------------------------------------------------------------------

export const procedures: Procedure[] = [
  // ======================================= Hộ tịch =======================================
  {
    id: '1.001193',
    code: '1.001193',
    name: 'Thủ tục đăng ký khai sinh',
    level: 'commune',
    field: HO_TICH,
    publishingDecision: DEC_163,
    steps: [
      'Người yêu cầu nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công, qua bưu chính, hoặc trực tuyến qua Cổng Dịch vụ công quốc gia/Ứng dụng định danh quốc gia.',
      'Cán bộ tiếp nhận kiểm tra hồ sơ; nếu tiếp nhận sau 15 giờ thì có Phiếu hẹn trả kết quả trong ngày làm việc tiếp theo.',
      'Công chức tư pháp - hộ tịch thẩm tra, ghi vào Sổ đăng ký khai sinh, cập nhật Phần mềm hộ tịch và lấy Số định danh cá nhân.',
      'Lãnh đạo Ủy ban nhân dân cấp xã ký Giấy khai sinh; trả kết quả.',
    ],
    channels: sameTerms(ALL, withinDay(HO_TICH_15H), [fee('Lệ phí đăng ký khai sinh', 0, 'Miễn phí (Cổng DVCQG). ' + PHI_BAN_SAO_281)]),
    cases: hoTichCases({
      toKhai: 'Tờ khai đăng ký khai sinh theo mẫu',
      mauDienTu: 'Mẫu hộ tịch điện tử tương tác đăng ký khai sinh',
      papers: [
        doc('Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh; nếu không có người làm chứng thì phải có giấy cam đoan về việc sinh', 1, 0, {
          note: 'Không phải nộp bản giấy nếu đã nộp bản điện tử Giấy chứng sinh hoặc cơ quan đăng ký hộ tịch khai thác được dữ liệu điện tử có ký số của Giấy chứng sinh.',
        }),
        doc('Biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập (trường hợp trẻ em bị bỏ rơi)', 1, 0, { optional: true }),
        doc('Văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản cho việc mang thai hộ (trường hợp trẻ em sinh ra do mang thai hộ)', 1, 0, { optional: true }),
        uyQuyen('đăng ký khai sinh', true),
      ],
    }),
    applicants: 'Công dân Việt Nam, Người Việt Nam định cư ở nước ngoài',
    handlingAgency: UBND_XA,
    result: 'Giấy khai sinh',
    legalBasis: LB_HO_TICH,
    conditions: 'Trong thời hạn 60 ngày kể từ ngày sinh con, cha hoặc mẹ có trách nhiệm đăng ký khai sinh cho con.',
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7', 'Thủ tục đăng ký khai sinh', '1.001193'),
  },
  {
    id: '1.000894',
    code: '1.000894',
    name: 'Thủ tục đăng ký kết hôn',
    level: 'commune',
    field: HO_TICH,
    publishingDecision: DEC_163,
    channels: sameTerms(
      ALL,
      withinDay(
        'Ngay sau khi nhận đủ giấy tờ; nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì hẹn trả kết quả; trường hợp cần xác minh điều kiện kết hôn thì thời hạn giải quyết không quá 05 ngày làm việc (Luật Hộ tịch 2014, Điều 18). Cổng DVCQG ghi thời gian “1” (không hiển thị đơn vị).',
      ),
      [fee('Lệ phí đăng ký kết hôn', 0, 'Miễn lệ phí. ' + PHI_BAN_SAO_281)],
    ),
    cases: hoTichCases({
      toKhai: 'Tờ khai đăng ký kết hôn theo mẫu, có đủ thông tin của hai bên nam, nữ (hai bên có thể khai chung vào một Tờ khai)',
      mauDienTu: 'Mẫu hộ tịch điện tử tương tác đăng ký kết hôn',
      papers: [],
    }),
    applicants: 'Công dân Việt Nam',
    handlingAgency: 'Ủy ban Nhân dân xã, phường, thị trấn.',
    result: 'Giấy chứng nhận kết hôn (mỗi bên nam, nữ nhận 01 bản chính)',
    legalBasis: LB_HON_NHAN,
    conditions: 'Hai bên nam, nữ phải có mặt khi đăng ký kết hôn; có đủ điều kiện kết hôn theo Luật Hôn nhân và gia đình.',
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: [
      ...portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fac-7489-b53b-a15eb239a6fe', 'Thủ tục đăng ký kết hôn', '1.000894'),
      SRC_LUAT_HO_TICH_HCM,
    ],
  },
  {
    id: '1.000656',
    code: '1.000656',
    name: 'Thủ tục đăng ký khai tử',
    level: 'commune',
    field: HO_TICH,
    publishingDecision: DEC_163,
    channels: sameTerms(ALL, withinDay(HO_TICH_15H), [
      fee('Lệ phí đăng ký khai tử', null, 'Miễn phí (Cổng DVCQG). Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương quyết định. Miễn lệ phí đối với trường hợp đăng ký khai tử đúng hạn, người thuộc gia đình có công với cách mạng; người thuộc hộ nghèo; người khuyết tật. ' + PHI_BAN_SAO_281),
    ]),
    cases: hoTichCases({
      toKhai: 'Tờ khai đăng ký khai tử theo mẫu',
      mauDienTu: 'Mẫu hộ tịch điện tử tương tác đăng ký khai tử',
      papers: [
        doc('Giấy báo tử hoặc giấy tờ thay Giấy báo tử do cơ quan có thẩm quyền cấp', 1, 0, {
          note: 'Không phải nộp bản giấy nếu đã nộp bản điện tử hoặc cơ quan đăng ký hộ tịch khai thác được dữ liệu điện tử có ký số của Giấy báo tử.',
        }),
        doc('Giấy tờ, tài liệu, chứng cứ do cơ quan, tổ chức có thẩm quyền cấp hoặc xác nhận hợp lệ chứng minh sự kiện chết (người chết đã lâu, không có Giấy báo tử hoặc giấy tờ thay thế)', 1, 0, { optional: true }),
        uyQuyen('đăng ký khai tử', true),
      ],
      show: [
        GIAY_TO_TUY_THAN,
        doc('Giấy tờ chứng minh nơi cư trú cuối cùng của người chết để xác định thẩm quyền (khi không khai thác được thông tin cư trú)', 1, 0, { showOnly: true, optional: true }),
        doc('Giấy tờ chứng minh nơi người đó chết hoặc nơi phát hiện thi thể (khi không xác định được nơi cư trú cuối cùng của người chết)', 1, 0, { showOnly: true, optional: true }),
      ],
    }),
    applicants: 'Công dân Việt Nam',
    handlingAgency: 'Ủy ban Nhân dân xã, phường, thị trấn.',
    result: 'Trích lục khai tử',
    legalBasis: LB_HO_TICH,
    conditions: 'Trong thời hạn 15 ngày kể từ ngày có người chết thì vợ, chồng hoặc con, cha, mẹ hoặc người thân thích khác của người chết có trách nhiệm đi đăng ký khai tử.',
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fac-7489-b53b-9c6c958f2da4', 'Thủ tục đăng ký khai tử', '1.000656'),
  },
  {
    id: '2.000635',
    code: '2.000635',
    name: 'Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh',
    level: 'commune',
    field: HO_TICH,
    publishingDecision: DEC_163,
    channels: sameTerms(ALL, withinDay(HO_TICH_15H + ' Cổng DVCQG: thời gian “Không có thông tin”.'), [
      fee('Phí cấp bản sao Trích lục hộ tịch', 8000, '8.000 VNĐ (Cổng DVCQG), theo Thông tư số 281/2016/TT-BTC.'),
    ]),
    cases: hoTichCases({
      toKhai: 'Tờ khai đề nghị cấp bản sao Trích lục hộ tịch theo mẫu (cá nhân) hoặc Văn bản yêu cầu cấp bản sao Trích lục hộ tịch nêu rõ lý do (cơ quan, tổ chức)',
      mauDienTu: 'Mẫu điện tử tương tác yêu cầu cấp bản sao Giấy khai sinh, bản sao Trích lục hộ tịch',
      papers: [uyQuyen('yêu cầu cấp bản sao Trích lục hộ tịch')],
    }),
    applicants: 'Tổ chức (không bao gồm doanh nghiệp, HTX), Công dân Việt Nam',
    handlingAgency: 'Cơ quan quản lý cơ sở dữ liệu hộ tịch điện tử (Sở Tư pháp/Ủy ban nhân dân cấp xã)',
    result: 'Bản sao Trích lục hộ tịch, bản sao giấy khai sinh',
    legalBasis: [...LB_HO_TICH, 'Thông tư số 281/2016/TT-BTC'],
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-867c-72db-b6a7-dcbd8c763807', 'Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh', '2.000635'),
  },
  {
    id: '1.004873',
    code: '1.004873',
    name: 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân',
    level: 'commune',
    field: HO_TICH,
    publishingDecision: DEC_163,
    channels: sameTerms(
      ALL,
      workingDays(3, 'Trong thời hạn 03 ngày làm việc (Nghị định số 123/2015/NĐ-CP, Điều 22); Cổng DVCQG ghi thời gian “3”.'),
      [fee('Lệ phí cấp Giấy xác nhận tình trạng hôn nhân', null, 'Miễn phí (Cổng DVCQG). ' + LE_PHI_HDND)],
    ),
    cases: hoTichCases({
      toKhai: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu',
      mauDienTu: 'Mẫu điện tử tương tác cấp Giấy xác nhận tình trạng hôn nhân',
      papers: [
        doc('Giấy xác nhận tình trạng hôn nhân đã được cấp trước đó (trường hợp yêu cầu cấp lại để sử dụng vào mục đích khác hoặc do đã hết thời hạn sử dụng)', 1, 0, { optional: true }),
        uyQuyen('cấp Giấy xác nhận tình trạng hôn nhân'),
      ],
    }),
    applicants: 'Công dân Việt Nam, Người Việt Nam định cư ở nước ngoài',
    handlingAgency: UBND_XA,
    cooperatingAgencies: 'Bộ Công an',
    result: 'Giấy xác nhận tình trạng hôn nhân',
    legalBasis: LB_HO_TICH,
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-6eb3-7019-bf3f-fc58c9ee44b9', 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân', '1.004873'),
  },
  {
    id: '1.004859',
    code: '1.004859',
    name: 'Thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc',
    level: 'commune',
    field: HO_TICH,
    publishingDecision: DEC_163,
    channels: sameTerms(ALL, null, [
      fee('Lệ phí thay đổi, cải chính, bổ sung thông tin hộ tịch', null, 'Miễn phí (Cổng DVCQG). ' + LE_PHI_HDND + ' ' + PHI_BAN_SAO_281),
    ], PORTAL_NO_UNIT(1)),
    cases: hoTichCases({
      toKhai: 'Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc theo mẫu',
      mauDienTu: 'Mẫu hộ tịch điện tử tương tác thực hiện đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc',
      papers: [
        doc('Giấy tờ làm căn cứ thay đổi, cải chính, bổ sung thông tin hộ tịch', 1, 0),
        uyQuyen('đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch'),
      ],
    }),
    applicants: 'Công dân Việt Nam',
    handlingAgency: UBND_XA,
    result: 'Trích lục thay đổi/cải chính/bổ sung thông tin hộ tịch/xác định lại dân tộc',
    legalBasis: LB_HO_TICH,
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-671e-714b-8fd6-8230c82f7867', 'Thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc', '1.004859'),
  },
  {
    id: '1.001022',
    code: '1.001022',
    name: 'Thủ tục đăng ký nhận cha, mẹ, con',
    level: 'commune',
    field: HO_TICH,
    publishingDecision: DEC_163,
    channels: sameTerms(
      ALL,
      workingDays(3, 'Trong thời hạn 03 ngày làm việc (Luật Hộ tịch 2014, Điều 25); Cổng DVCQG ghi thời gian “3”.'),
      [fee('Lệ phí đăng ký nhận cha, mẹ, con', null, 'Miễn phí (Cổng DVCQG). ' + LE_PHI_HDND + ' ' + PHI_BAN_SAO_281)],
    ),
    cases: hoTichCases({
      toKhai: 'Tờ khai đăng ký nhận cha, mẹ, con theo mẫu',
      mauDienTu: 'Mẫu hộ tịch điện tử tương tác đăng ký nhận cha, mẹ, con',
      papers: [
        doc('Văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan khác có thẩm quyền xác nhận quan hệ cha con, quan hệ mẹ con', 1, 0, {
          note: 'Trường hợp không có văn bản này thì phải có văn bản cam đoan của các bên nhận cha, mẹ, con về mối quan hệ cha, mẹ, con và có ít nhất hai người làm chứng.',
        }),
      ],
    }),
    applicants: 'Công dân Việt Nam',
    handlingAgency: 'Ủy ban Nhân dân xã, phường, thị trấn.',
    result: 'Trích lục đăng ký nhận cha, mẹ, con',
    legalBasis: LB_HON_NHAN,
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fa6-722f-ac1a-e949c8ce3418', 'Thủ tục đăng ký nhận cha, mẹ, con', '1.001022'),
  },
  {
    id: '1.000689',
    code: '1.000689',
    name: 'Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con',
    level: 'commune',
    field: HO_TICH,
    publishingDecision: DEC_163,
    channels: sameTerms(ALL, null, [
      fee('Lệ phí đăng ký khai sinh kết hợp nhận cha, mẹ, con', null, 'Miễn phí (Cổng DVCQG). ' + LE_PHI_HDND + ' ' + PHI_BAN_SAO_281),
    ], PORTAL_NO_UNIT(3)),
    cases: [
      {
        id: 'truc-tiep',
        name: 'Nộp hồ sơ trực tiếp hoặc qua hệ thống bưu chính',
        documents: [
          doc('Tờ khai đăng ký khai sinh theo mẫu', 1, 1, { form: 'Tờ khai đăng ký khai sinh theo mẫu' }),
          doc('Tờ khai đăng ký nhận cha, mẹ, con theo mẫu', 1, 1, { form: 'Tờ khai đăng ký nhận cha, mẹ, con theo mẫu' }),
          doc('Bản chính Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh; nếu không có người làm chứng thì phải có giấy cam đoan về việc sinh', 1, 0),
          doc('Văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan khác có thẩm quyền xác nhận quan hệ cha con, quan hệ mẹ con', 1, 0, {
            note: 'Trường hợp không có văn bản này thì phải có văn bản cam đoan của các bên nhận cha, mẹ, con và có ít nhất hai người làm chứng.',
          }),
          GIAY_TO_TUY_THAN,
          GIAY_TO_CU_TRU,
          { ...BAN_SAO_BUU_CHINH, optional: true },
        ],
      },
    ],
    applicants: 'Công dân Việt Nam',
    handlingAgency: 'Ủy ban Nhân dân xã, phường, thị trấn.',
    result: 'Giấy khai sinh; Trích lục đăng ký nhận cha, mẹ, con',
    legalBasis: LB_HON_NHAN,
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3faf-768a-9224-9cb889436133', 'Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con', '1.000689'),
  },
  {
    id: '1.004837',
    code: '1.004837',
    name: 'Thủ tục đăng ký giám hộ',
    level: 'commune',
    field: HO_TICH,
    publishingDecision: DEC_163,
    channels: sameTerms(ALL, workingDays(3, '3 Ngày làm việc (Cổng DVCQG).'), [
      fee('Lệ phí đăng ký giám hộ', 0, 'Miễn phí (Cổng DVCQG). Phí cấp bản sao Trích lục đăng ký giám hộ (nếu có yêu cầu) thực hiện theo quy định tại Thông tư số 281/2016/TT-BTC.'),
    ]),
    cases: hoTichCases({
      toKhai: 'Tờ khai đăng ký giám hộ theo mẫu',
      mauDienTu: 'Mẫu hộ tịch điện tử tương tác đăng ký giám hộ',
      papers: [
        doc('Văn bản cử người giám hộ theo quy định của Bộ luật Dân sự (đối với trường hợp đăng ký giám hộ cử)', 1, 0, { optional: true }),
        doc('Giấy tờ chứng minh điều kiện giám hộ đương nhiên theo quy định của Bộ luật Dân sự (đối với trường hợp đăng ký giám hộ đương nhiên)', 1, 0, {
          optional: true,
          note: 'Trường hợp có nhiều người cùng đủ điều kiện làm giám hộ đương nhiên thì nộp thêm văn bản thỏa thuận về việc cử một người làm giám hộ đương nhiên.',
        }),
        uyQuyen('đăng ký giám hộ'),
      ],
    }),
    applicants: 'Người Việt Nam định cư ở nước ngoài, Công dân Việt Nam',
    handlingAgency: UBND_XA,
    result: 'Trích lục đăng ký giám hộ',
    legalBasis: LB_GIAM_HO,
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-671b-75fa-82fb-8ad05a37f638', 'Thủ tục đăng ký giám hộ', '1.004837'),
  },
  {
    id: '1.004845',
    code: '1.004845',
    name: 'Thủ tục đăng ký chấm dứt giám hộ',
    level: 'commune',
    field: HO_TICH,
    publishingDecision: DEC_163,
    channels: sameTerms(ALL, workingDays(2, '2 Ngày làm việc (Cổng DVCQG).'), [
      fee('Lệ phí đăng ký chấm dứt giám hộ', null, 'Miễn phí (Cổng DVCQG); kênh trực tiếp ghi: Miễn lệ phí cho người thuộc gia đình có công với cách mạng; người thuộc hộ nghèo; người khuyết tật. ' + PHI_BAN_SAO_281),
    ]),
    cases: hoTichCases({
      toKhai: 'Tờ khai đăng ký chấm dứt giám hộ theo mẫu',
      mauDienTu: 'Mẫu hộ tịch điện tử tương tác đăng ký chấm dứt giám hộ',
      papers: [
        doc('Giấy tờ làm căn cứ chấm dứt giám hộ theo quy định của Bộ luật Dân sự', 1, 0),
        uyQuyen('đăng ký chấm dứt giám hộ'),
      ],
    }),
    applicants: 'Công dân Việt Nam, Doanh nghiệp, Người Việt Nam định cư ở nước ngoài, Tổ chức (không bao gồm doanh nghiệp, HTX)',
    handlingAgency: UBND_XA,
    cooperatingAgencies: 'Bộ Công an',
    result: 'Trích lục đăng ký chấm dứt giám hộ',
    legalBasis: LB_GIAM_HO,
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-6724-715f-822c-28e986912730', 'Thủ tục đăng ký chấm dứt giám hộ', '1.004845'),
  },
  {
    id: '1.004884',
    code: '1.004884',
    name: 'Thủ tục đăng ký lại khai sinh',
    level: 'commune',
    field: HO_TICH,
    publishingDecision: DEC_163,
    channels: sameTerms(
      ALL,
      workingDays(5, 'Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ (Nghị định số 123/2015/NĐ-CP, Điều 26); Cổng DVCQG ghi thời gian “5”.'),
      [fee('Lệ phí đăng ký lại khai sinh', null, 'Miễn phí (Cổng DVCQG). ' + LE_PHI_HDND + ' ' + PHI_BAN_SAO_281)],
    ),
    cases: hoTichCases({
      toKhai: 'Tờ khai đăng ký lại khai sinh theo mẫu, trong đó có cam đoan của người yêu cầu về việc đã nộp đủ các giấy tờ hiện có',
      mauDienTu: 'Mẫu hộ tịch điện tử tương tác đăng ký lại khai sinh',
      papers: [
        doc('Bản sao Giấy khai sinh do cơ quan có thẩm quyền của Việt Nam cấp hợp lệ; bản chính hoặc bản sao giấy tờ có giá trị thay thế Giấy khai sinh được cấp trước năm 1945 ở miền Bắc và trước năm 1975 ở miền Nam', 0, 1, { optional: true }),
        doc('Trường hợp không có giấy tờ nêu trên: bản sao giấy tờ do cơ quan có thẩm quyền của Việt Nam cấp hợp lệ có thông tin về họ, tên, ngày, tháng, năm sinh (Căn cước, Hộ chiếu, giấy tờ chứng minh về nơi cư trú, Bằng tốt nghiệp, Học bạ...)', 0, 1, { optional: true }),
        doc('Văn bản xác nhận của Thủ trưởng cơ quan, đơn vị về nội dung khai sinh (trường hợp người yêu cầu là cán bộ, công chức, viên chức, người đang công tác trong lực lượng vũ trang)', 1, 0, { optional: true }),
        uyQuyen('đăng ký lại khai sinh'),
      ],
      show: [GIAY_TO_TUY_THAN, GIAY_TO_CU_TRU],
    }),
    applicants: 'Công dân Việt Nam',
    handlingAgency: UBND_XA,
    cooperatingAgencies: 'Bộ Công an',
    result: 'Giấy khai sinh',
    legalBasis: LB_HO_TICH,
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-6eac-7598-b88b-15f8a61b366a', 'Thủ tục đăng ký lại khai sinh', '1.004884'),
  },
  {
    id: '1.004746',
    code: '1.004746',
    name: 'Thủ tục đăng ký lại kết hôn',
    level: 'commune',
    field: HO_TICH,
    publishingDecision: DEC_163,
    channels: sameTerms(
      ALL,
      workingDays(5, 'Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ (Nghị định số 123/2015/NĐ-CP); Cổng DVCQG ghi thời gian “5”.'),
      [fee('Lệ phí đăng ký lại kết hôn', null, 'Miễn phí (Cổng DVCQG). ' + LE_PHI_HDND)],
    ),
    cases: hoTichCases({
      toKhai: 'Tờ khai đăng ký lại kết hôn theo mẫu',
      mauDienTu: 'Mẫu hộ tịch điện tử tương tác đăng ký lại kết hôn',
      papers: [
        doc('Bản sao Giấy chứng nhận kết hôn được cấp trước đây. Nếu không có bản sao Giấy chứng nhận kết hôn thì nộp bản sao hồ sơ, giấy tờ cá nhân có các thông tin liên quan đến nội dung đăng ký kết hôn', 0, 1),
      ],
    }),
    applicants: 'Công dân Việt Nam',
    handlingAgency: 'Ủy ban Nhân dân xã, phường, thị trấn.',
    result: 'Giấy chứng nhận kết hôn',
    legalBasis: LB_HO_TICH,
    conditions: 'Hai bên nam, nữ phải có mặt, xuất trình giấy tờ tùy thân khi nhận Giấy chứng nhận kết hôn.',
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-6711-733d-b674-f82cb6606242', 'Thủ tục đăng ký lại kết hôn', '1.004746'),
  },
  {
    id: '1.005461',
    code: '1.005461',
    name: 'Đăng ký lại khai tử',
    level: 'commune',
    field: HO_TICH,
    publishingDecision: DEC_163,
    channels: sameTerms(
      ALL,
      workingDays(5, 'Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ (Nghị định số 123/2015/NĐ-CP); Cổng DVCQG ghi thời gian “5”.'),
      [fee('Lệ phí đăng ký lại khai tử', null, 'Miễn phí (Cổng DVCQG). ' + LE_PHI_HDND + ' ' + PHI_BAN_SAO_281)],
    ),
    cases: hoTichCases({
      toKhai: 'Tờ khai đăng ký lại khai tử theo mẫu',
      mauDienTu: 'Mẫu hộ tịch điện tử tương tác đăng ký lại khai tử',
      papers: [
        doc('Bản sao Giấy chứng tử trước đây được cấp hợp lệ. Nếu không có thì nộp bản sao hồ sơ, giấy tờ liên quan có nội dung chứng minh sự kiện chết', 0, 1),
        uyQuyen('đăng ký lại khai tử'),
      ],
    }),
    applicants: 'Công dân Việt Nam',
    handlingAgency: 'Ủy ban Nhân dân xã, phường, thị trấn.',
    result: 'Trích lục khai tử',
    legalBasis: LB_HO_TICH,
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-6ebc-709e-8678-a9f8b66738f2', 'Đăng ký lại khai tử', '1.005461'),
  },
  {
    id: '1.004772',
    code: '1.004772',
    name: 'Thủ tục đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân',
    level: 'commune',
    field: HO_TICH,
    publishingDecision: DEC_163,
    channels: sameTerms(ALL, null, [
      fee('Lệ phí đăng ký khai sinh', null, 'Miễn phí (Cổng DVCQG). ' + LE_PHI_HDND + ' ' + PHI_BAN_SAO_281),
    ], PORTAL_NO_UNIT(5)),
    cases: hoTichCases({
      toKhai: 'Tờ khai đăng ký khai sinh theo mẫu',
      mauDienTu: 'Mẫu hộ tịch điện tử tương tác đăng ký khai sinh',
      papers: [
        doc('Văn bản cam đoan của người yêu cầu về việc chưa được đăng ký khai sinh', 1, 0),
        doc('Bản sao toàn bộ hồ sơ, giấy tờ của người yêu cầu hoặc hồ sơ, giấy tờ, tài liệu khác trong đó có thông tin liên quan đến nội dung khai sinh', 0, 1),
        doc('Văn bản xác nhận của Thủ trưởng cơ quan, đơn vị về nội dung khai sinh (trường hợp người yêu cầu là cán bộ, công chức, viên chức, người đang công tác trong lực lượng vũ trang)', 1, 0, { optional: true }),
        uyQuyen('đăng ký khai sinh'),
      ],
    }),
    applicants: 'Công dân Việt Nam',
    handlingAgency: 'Ủy ban Nhân dân xã, phường, thị trấn.',
    result: 'Giấy khai sinh',
    legalBasis: LB_HO_TICH,
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-6711-733d-b674-fc3d805e70c8', 'Thủ tục đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân', '1.004772'),
  },
  {
    id: '1.003583',
    code: '1.003583',
    name: 'Thủ tục đăng ký khai sinh lưu động',
    level: 'commune',
    field: HO_TICH,
    publishingDecision: DEC_163,
    channels: sameTerms(['desk'], workingDays(5, '5 Ngày làm việc (Cổng DVCQG).'), [fee('Lệ phí đăng ký khai sinh', 0, 'Miễn phí (Cổng DVCQG).')], 'Công chức tư pháp - hộ tịch đăng ký tại nhà riêng hoặc tại địa điểm tổ chức đăng ký lưu động.'),
    cases: hoTichCases({
      toKhai: 'Tờ khai đăng ký khai sinh theo mẫu',
      papers: [
        doc('Bản chính Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh; nếu không có người làm chứng thì phải có giấy cam đoan về việc sinh', 1, 0),
        doc('Văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản cho việc mang thai hộ (trường hợp trẻ em sinh ra do mang thai hộ)', 1, 0, { optional: true }),
      ],
      show: [
        GIAY_TO_TUY_THAN,
        doc('Giấy chứng nhận kết hôn nếu cha, mẹ đã đăng ký kết hôn (không phải xuất trình nếu đã có thông tin trong cơ sở dữ liệu)', 1, 0, { showOnly: true, optional: true }),
        GIAY_TO_CU_TRU,
      ],
      postal: false,
    }),
    applicants: 'Công dân Việt Nam',
    handlingAgency: 'Ủy ban Nhân dân xã, phường, thị trấn.',
    result: 'Giấy khai sinh',
    legalBasis: LB_HO_TICH,
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-66dc-714a-90a8-11942739ea86', 'Thủ tục đăng ký khai sinh lưu động', '1.003583'),
  },
  {
    id: '1.000593',
    code: '1.000593',
    name: 'Thủ tục đăng ký kết hôn lưu động',
    level: 'commune',
    field: HO_TICH,
    publishingDecision: DEC_163,
    channels: sameTerms(['desk'], workingDays(5, '5 Ngày làm việc (Cổng DVCQG).'), [fee('Lệ phí đăng ký kết hôn', 0, 'Miễn phí (Cổng DVCQG).')], 'Đăng ký tại địa điểm tổ chức đăng ký lưu động.'),
    cases: hoTichCases({
      toKhai: 'Tờ khai đăng ký kết hôn theo mẫu. Hai bên nam, nữ có thể khai chung vào một Tờ khai đăng ký kết hôn',
      papers: [],
      postal: false,
    }),
    applicants: 'Công dân Việt Nam',
    handlingAgency: 'Ủy ban Nhân dân xã, phường, thị trấn.',
    result: 'Giấy chứng nhận kết hôn',
    legalBasis: LB_HON_NHAN,
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: [
      ...portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-382c-774c-bca0-e30c261d7be4', 'Thủ tục đăng ký kết hôn lưu động', '1.000593'),
      SRC_MOJ_KET_HON_LUU_DONG,
    ],
  },
  {
    id: '1.000419',
    code: '1.000419',
    name: 'Thủ tục đăng ký khai tử lưu động',
    level: 'commune',
    field: HO_TICH,
    publishingDecision: DEC_163,
    channels: sameTerms(['desk'], workingDays(5, '5 Ngày làm việc (Cổng DVCQG).'), [fee('Lệ phí đăng ký khai tử', 0, 'Miễn phí (Cổng DVCQG).')], 'Đăng ký tại nhà riêng hoặc tại địa điểm tổ chức đăng ký lưu động.'),
    cases: hoTichCases({
      toKhai: 'Tờ khai đăng ký khai tử theo mẫu',
      papers: [doc('Giấy báo tử hoặc giấy tờ thay Giấy báo tử do cơ quan có thẩm quyền cấp', 1, 0)],
      show: [
        GIAY_TO_TUY_THAN,
        doc('Giấy tờ chứng minh nơi cư trú cuối cùng của người chết để xác định thẩm quyền (khi không khai thác được thông tin cư trú)', 1, 0, { showOnly: true, optional: true }),
        doc('Giấy tờ chứng minh nơi người đó chết hoặc nơi phát hiện thi thể (khi không xác định được nơi cư trú cuối cùng của người chết)', 1, 0, { showOnly: true, optional: true }),
      ],
      postal: false,
    }),
    applicants: 'Công dân Việt Nam',
    handlingAgency: 'Ủy ban Nhân dân xã, phường, thị trấn.',
    result: 'Trích lục khai tử',
    legalBasis: LB_HO_TICH,
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-380b-73c4-9566-9e8b26bbfec6', 'Thủ tục đăng ký khai tử lưu động', '1.000419'),
  },
  {
    id: '1.001695',
    code: '1.001695',
    name: 'Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con có yếu tố nước ngoài',
    level: 'commune',
    field: HO_TICH,
    publishingDecision: DEC_163,
    channels: sameTerms(
      ALL,
      { amount: 10, unit: 'calendar-days', text: '10 Ngày (Cổng DVCQG). Trong đó niêm yết việc nhận cha, mẹ, con tại trụ sở Ủy ban nhân dân cấp xã trong thời gian 05 ngày làm việc.' },
      [fee('Lệ phí đăng ký khai sinh kết hợp nhận cha, mẹ, con có yếu tố nước ngoài', null, 'Miễn phí (Cổng DVCQG). ' + LE_PHI_HDND + ' ' + PHI_BAN_SAO_281)],
    ),
    cases: [
      {
        id: 'truc-tiep',
        name: 'Nộp hồ sơ trực tiếp hoặc qua hệ thống bưu chính',
        documents: [
          doc('Tờ khai đăng ký khai sinh theo mẫu', 1, 0, { form: 'Tờ khai đăng ký khai sinh theo mẫu' }),
          doc('Tờ khai đăng ký nhận cha, mẹ, con theo mẫu', 1, 0, { form: 'Tờ khai đăng ký nhận cha, mẹ, con theo mẫu' }),
          doc('Giấy chứng sinh', 1, 0, { note: 'Trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh; nếu không có văn bản của người làm chứng thì phải có giấy cam đoan về việc sinh.' }),
          doc('Văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan, tổ chức khác có thẩm quyền ở trong nước hoặc nước ngoài xác nhận quan hệ cha con, quan hệ mẹ con', 1, 0, {
            note: 'Trường hợp không có chứng cứ chứng minh quan hệ cha, mẹ, con thì phải có văn bản cam đoan của các bên, có ít nhất hai người làm chứng.',
          }),
          doc('Văn bản thỏa thuận của cha, mẹ về việc lựa chọn quốc tịch cho con (trường hợp cha hoặc mẹ hoặc cả cha, mẹ là người nước ngoài)', 1, 0, { optional: true }),
          doc('Bản sao hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu của người nước ngoài', 0, 1, { optional: true }),
          GIAY_TO_TUY_THAN,
          GIAY_TO_CU_TRU,
          { ...BAN_SAO_BUU_CHINH, optional: true },
        ],
      },
    ],
    applicants: 'Người Việt Nam định cư ở nước ngoài, Công dân Việt Nam, Người nước ngoài',
    handlingAgency: UBND_XA,
    result: 'Giấy khai sinh; Trích lục đăng ký nhận cha, mẹ, con',
    legalBasis: LB_HON_NHAN,
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-47b0-7285-b035-456104e16436', 'Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con có yếu tố nước ngoài', '1.001695'),
  },
  {
    id: '1.000893',
    code: '1.000893',
    name: 'Thủ tục đăng ký khai sinh có yếu tố nước ngoài cho người đã có hồ sơ, giấy tờ cá nhân',
    level: 'commune',
    field: HO_TICH,
    publishingDecision: DEC_163,
    channels: sameTerms(ALL, null, [
      fee('Lệ phí đăng ký khai sinh', null, 'Miễn phí (Cổng DVCQG). ' + LE_PHI_HDND + ' ' + PHI_BAN_SAO_281),
    ], PORTAL_NO_UNIT(5)),
    cases: hoTichCases({
      toKhai: 'Tờ khai đăng ký khai sinh theo mẫu',
      mauDienTu: 'Mẫu hộ tịch điện tử tương tác đăng ký khai sinh',
      papers: [
        doc('Văn bản cam đoan về việc chưa được đăng ký khai sinh', 1, 0),
        doc('Bản sao toàn bộ hồ sơ, giấy tờ của người yêu cầu hoặc hồ sơ, giấy tờ, tài liệu khác trong đó có thông tin liên quan đến nội dung khai sinh', 0, 1),
        uyQuyen('đăng ký khai sinh', true),
      ],
    }),
    applicants: 'Người Việt Nam định cư ở nước ngoài, Công dân Việt Nam',
    handlingAgency: UBND_XA,
    result: 'Giấy khai sinh',
    legalBasis: LB_HO_TICH,
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3faf-768a-9224-a27e812b1907', 'Thủ tục đăng ký khai sinh có yếu tố nước ngoài cho người đã có hồ sơ, giấy tờ cá nhân', '1.000893'),
  },
  {
    id: '1.001766',
    code: '1.001766',
    name: 'Thủ tục đăng ký khai tử có yếu tố nước ngoài',
    level: 'commune',
    field: HO_TICH,
    publishingDecision: DEC_163,
    channels: sameTerms(ALL, withinDay(HO_TICH_15H), [
      fee('Lệ phí đăng ký khai tử', null, 'Miễn phí (Cổng DVCQG). ' + LE_PHI_HDND + ' ' + PHI_BAN_SAO_281),
    ]),
    cases: hoTichCases({
      toKhai: 'Tờ khai đăng ký khai tử theo mẫu',
      mauDienTu: 'Mẫu hộ tịch điện tử tương tác đăng ký khai tử',
      papers: [
        doc('Giấy báo tử hoặc giấy tờ thay Giấy báo tử do cơ quan có thẩm quyền cấp', 1, 0),
        doc('Giấy tờ, tài liệu, chứng cứ do cơ quan, tổ chức có thẩm quyền cấp hoặc xác nhận hợp lệ chứng minh sự kiện chết (người chết đã lâu, không có Giấy báo tử hoặc giấy tờ thay thế)', 1, 0, { optional: true }),
        uyQuyen('đăng ký khai tử', true),
      ],
    }),
    applicants: 'Công dân Việt Nam, Người Việt Nam định cư ở nước ngoài',
    handlingAgency: UBND_XA,
    result: 'Trích lục khai tử',
    legalBasis: LB_HO_TICH,
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-47da-7259-b8fe-0d5327727234', 'Thủ tục đăng ký khai tử có yếu tố nước ngoài', '1.001766'),
  },
  {
    id: '1.000110',
    code: '1.000110',
    name: 'Thủ tục đăng ký khai sinh có yếu tố nước ngoài tại khu vực biên giới',
    level: 'commune',
    field: HO_TICH,
    publishingDecision: DEC_163,
    channels: sameTerms(ALL, withinDay(HO_TICH_15H), [
      fee('Lệ phí đăng ký khai sinh', null, 'Miễn phí (Cổng DVCQG). ' + LE_PHI_HDND + ' ' + PHI_BAN_SAO_281),
    ]),
    cases: hoTichCases({
      toKhai: 'Tờ khai đăng ký khai sinh theo mẫu',
      mauDienTu: 'Mẫu hộ tịch điện tử tương tác đăng ký khai sinh',
      papers: [
        doc('Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh; nếu không có người làm chứng thì phải có giấy cam đoan về việc sinh', 1, 0),
        doc('Văn bản thỏa thuận của cha, mẹ về việc lựa chọn quốc tịch cho con', 1, 0),
        doc('Bản sao giấy tờ chứng minh nhân thân, giấy tờ chứng minh nơi thường trú ở khu vực biên giới của công dân nước láng giềng', 0, 1),
        doc('Văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản cho việc mang thai hộ (trường hợp trẻ em sinh ra do mang thai hộ)', 1, 0, { optional: true }),
        uyQuyen('đăng ký khai sinh'),
      ],
    }),
    applicants: 'Công dân Việt Nam',
    handlingAgency: 'Ủy ban Nhân dân xã, phường, thị trấn.',
    result: 'Giấy khai sinh',
    legalBasis: LB_HO_TICH,
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-380a-702c-892d-dedfddd22f02', 'Thủ tục đăng ký khai sinh có yếu tố nước ngoài tại khu vực biên giới', '1.000110'),
  },
  {
    id: '1.000094',
    code: '1.000094',
    name: 'Thủ tục đăng ký kết hôn có yếu tố nước ngoài tại khu vực biên giới',
    level: 'commune',
    field: HO_TICH,
    publishingDecision: DEC_163,
    channels: sameTerms(ALL, null, [
      fee('Lệ phí đăng ký kết hôn', null, 'Miễn phí (Cổng DVCQG). ' + LE_PHI_HDND),
    ], PORTAL_NO_UNIT(3)),
    cases: hoTichCases({
      toKhai: 'Tờ khai đăng ký kết hôn theo mẫu, có đủ thông tin của hai bên nam, nữ',
      mauDienTu: 'Mẫu hộ tịch điện tử tương tác đăng ký kết hôn',
      papers: [
        doc('Giấy tờ do cơ quan có thẩm quyền của nước láng giềng cấp không quá 06 tháng tính đến ngày nhận hồ sơ, xác nhận công dân nước láng giềng hiện tại là người không có vợ hoặc không có chồng', 1, 0),
        doc('Bản sao giấy tờ chứng minh nhân thân, giấy tờ chứng minh nơi thường trú ở khu vực biên giới của công dân nước láng giềng', 0, 1),
      ],
    }),
    applicants: 'Công dân Việt Nam, Người nước ngoài',
    handlingAgency: UBND_XA,
    result: 'Giấy chứng nhận kết hôn',
    legalBasis: LB_HON_NHAN,
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3801-752b-a01a-93596242f811', 'Thủ tục đăng ký kết hôn có yếu tố nước ngoài tại khu vực biên giới', '1.000094'),
  },
  {
    id: '1.000080',
    code: '1.000080',
    name: 'Thủ tục đăng ký nhận cha, mẹ, con có yếu tố nước ngoài tại khu vực biên giới',
    level: 'commune',
    field: HO_TICH,
    publishingDecision: DEC_163,
    channels: sameTerms(ALL, null, [
      fee('Lệ phí đăng ký nhận cha, mẹ, con', null, 'Miễn phí (Cổng DVCQG). ' + LE_PHI_HDND + ' ' + PHI_BAN_SAO_281),
    ], PORTAL_NO_UNIT(7)),
    cases: hoTichCases({
      toKhai: 'Tờ khai đăng ký nhận cha, mẹ, con theo mẫu',
      mauDienTu: 'Mẫu hộ tịch điện tử tương tác đăng ký nhận cha, mẹ, con',
      papers: [
        doc('Văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan khác có thẩm quyền xác nhận quan hệ cha con, quan hệ mẹ con', 1, 0, {
          note: 'Trường hợp không có văn bản này thì các bên lập văn bản cam đoan về mối quan hệ cha, mẹ, con, có ít nhất hai người làm chứng.',
        }),
        doc('Bản sao giấy tờ chứng minh nhân thân, giấy tờ chứng minh nơi thường trú ở khu vực biên giới của công dân nước láng giềng', 1, 0),
      ],
    }),
    applicants: 'Công dân Việt Nam, Người nước ngoài',
    handlingAgency: 'Ủy ban Nhân dân xã, phường, thị trấn.',
    result: 'Trích lục đăng ký nhận cha, mẹ, con',
    legalBasis: LB_HON_NHAN,
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-380b-73df-9a18-5658e09794d3', 'Thủ tục đăng ký nhận cha, mẹ, con có yếu tố nước ngoài tại khu vực biên giới', '1.000080'),
  },

  // ====================================== Chứng thực ======================================
  {
    id: '2.000815',
    code: '2.000815',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam; cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận',
    level: 'commune',
    field: CHUNG_THUC,
    publishingDecision: DEC_3152,
    channels: sameTerms(['desk'], CHUNG_THUC_TRONG_NGAY, [
      fee('Phí chứng thực bản sao từ bản chính', null, 'Tại Ủy ban nhân dân cấp xã, Tổ chức hành nghề công chứng: 2.000 đồng/trang; từ trang thứ 3 trở lên thu 1.000 đồng/trang, tối đa thu không quá 200.000 đồng/bản. Trang là căn cứ để thu phí được tính theo trang của bản chính.'),
    ]),
    cases: [
      {
        id: 'chung',
        name: 'Chứng thực bản sao từ bản chính',
        documents: [
          doc('Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao và bản sao cần chứng thực', 1, null, {
            note: 'Trường hợp người yêu cầu chứng thực chỉ xuất trình bản chính thì cơ quan, tổ chức tiến hành chụp từ bản chính để thực hiện chứng thực. Bản sao phải có đầy đủ các trang đã ghi thông tin của bản chính.',
          }),
        ],
      },
    ],
    applicants: 'Công dân Việt Nam, Tổ chức (không bao gồm doanh nghiệp, HTX), Người Việt Nam định cư ở nước ngoài',
    handlingAgency: 'Ủy ban nhân dân cấp xã; Tổ chức hành nghề công chứng; Cơ quan đại diện có thẩm quyền',
    result: 'Bản sao được chứng thực từ bản chính',
    legalBasis: [...LB_CHUNG_THUC, 'Thông tư số 257/2016/TT-BTC', 'Thông tư số 264/2016/TT-BTC'],
    conditions: 'Bản chính giấy tờ, văn bản không thuộc các trường hợp không được dùng làm cơ sở để chứng thực bản sao (Điều 22 Nghị định số 23/2015/NĐ-CP).',
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: [
      ...portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-8e22-77ef-819f-e49460350904', 'Chứng thực bản sao từ bản chính', '2.000815'),
      SRC_PHI_CHUNG_THUC,
      SRC_CHUNG_THUC_LAOCAI,
    ],
  },
  {
    id: '2.000884',
    code: '2.000884',
    name: 'Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)',
    level: 'commune',
    field: CHUNG_THUC,
    publishingDecision: DEC_858,
    channels: sameTerms(['desk'], CHUNG_THUC_TRONG_NGAY, [
      fee('Phí chứng thực chữ ký', 10000, 'Tại Ủy ban nhân dân cấp xã, Tổ chức hành nghề công chứng: 10.000 đồng/trường hợp (trường hợp được tính là một hoặc nhiều chữ ký trong một giấy tờ, văn bản).'),
    ]),
    cases: [
      {
        id: 'chung',
        name: 'Chứng thực chữ ký',
        documents: [
          doc('Một trong các giấy tờ sau: Căn cước điện tử; bản chính hoặc bản sao của Thẻ căn cước công dân hoặc Thẻ căn cước hoặc Giấy chứng nhận căn cước hoặc Hộ chiếu hoặc giấy tờ xuất nhập cảnh hoặc giấy tờ có giá trị đi lại quốc tế còn giá trị sử dụng', 1, 0, { showOnly: true }),
          doc('Giấy tờ, văn bản mà mình sẽ yêu cầu chứng thực chữ ký', 1, 0, {
            note: 'Nếu giấy tờ bằng tiếng nước ngoài và người thực hiện chứng thực không hiểu rõ nội dung thì có quyền yêu cầu nộp kèm bản dịch ra tiếng Việt (không cần công chứng hoặc chứng thực chữ ký người dịch).',
          }),
        ],
      },
    ],
    applicants: 'Công dân Việt Nam, Người Việt Nam định cư ở nước ngoài',
    handlingAgency: 'Ủy ban nhân dân cấp xã; Tổ chức hành nghề công chứng; Cơ quan đại diện có thẩm quyền',
    result: 'Giấy tờ, văn bản được chứng thực chữ ký/điểm chỉ',
    legalBasis: [...LB_CHUNG_THUC, 'Thông tư số 257/2016/TT-BTC'],
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: [
      ...portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-8e2e-7359-b42f-d5dc8d74741b', 'Chứng thực chữ ký trong các giấy tờ, văn bản', '2.000884'),
      SRC_CHUNG_THUC_LAOCAI,
    ],
  },
  {
    id: '2.001008',
    code: '2.001008',
    name: 'Chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật của Ủy ban nhân dân cấp xã, tổ chức hành nghề công chứng',
    level: 'commune',
    field: CHUNG_THUC,
    publishingDecision: DEC_858,
    channels: sameTerms(['desk'], CHUNG_THUC_TRONG_NGAY, [fee('Phí chứng thực chữ ký người dịch', 10000, '10.000 Việt Nam Đồng/trường hợp (Cổng DVCQG).')]),
    cases: [
      {
        id: 'chung',
        name: 'Chứng thực chữ ký người dịch',
        documents: [
          doc('Một trong các giấy tờ sau: Căn cước điện tử; bản chính hoặc bản sao của Thẻ căn cước công dân hoặc Thẻ căn cước hoặc Giấy chứng nhận căn cước hoặc Hộ chiếu hoặc giấy tờ xuất nhập cảnh hoặc giấy tờ có giá trị đi lại quốc tế còn giá trị sử dụng', 1, 0, { showOnly: true }),
          doc('Bản dịch đính kèm giấy tờ, văn bản cần dịch', 1, 0),
          doc('Bản chính hoặc bản sao từ sổ gốc, bản sao có chứng thực bằng cử nhân (đại học) ngoại ngữ trở lên về thứ tiếng nước ngoài cần dịch hoặc bằng tốt nghiệp đại học trở lên đối với thứ tiếng nước ngoài cần dịch', 1, 0, {
            note: 'Trừ trường hợp dịch những ngôn ngữ không phổ biến mà người dịch không có bằng cử nhân ngoại ngữ, bằng tốt nghiệp đại học nhưng thông thạo ngôn ngữ cần dịch.',
          }),
        ],
      },
    ],
    applicants: 'Công dân Việt Nam',
    handlingAgency: 'Ủy ban nhân dân cấp xã; Tổ chức hành nghề công chứng',
    result: 'Giấy tờ, văn bản được chứng thực chữ ký người dịch',
    legalBasis: LB_CHUNG_THUC,
    conditions: 'Ủy ban nhân dân cấp xã chỉ chứng thực chữ ký người dịch không phải là cộng tác viên khi người đó tự dịch giấy tờ, văn bản của mình.',
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: [
      ...portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-95d4-72d6-be00-ed0e9e5dd66a', 'Chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật', '2.001008'),
      SRC_CHUNG_THUC_LAOCAI,
    ],
  },
  {
    id: '2.000908',
    code: '2.000908',
    name: 'Thủ tục cấp bản sao từ sổ gốc',
    level: 'commune',
    field: CHUNG_THUC,
    publishingDecision: DEC_858,
    channels: sameTerms(ALL, workingDays(1, '1 Ngày làm việc (Cổng DVCQG). Cổng DVC tỉnh Lào Cai ghi: ngay trong ngày tiếp nhận hoặc trong ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ.'), [
      fee('Phí, lệ phí', 0, 'Miễn phí (Cổng DVCQG).'),
    ]),
    cases: [
      {
        id: 'chung',
        name: 'Yêu cầu cấp bản sao từ sổ gốc',
        documents: [
          doc('Một trong các giấy tờ sau: Căn cước điện tử; bản chính hoặc bản sao của Thẻ căn cước công dân hoặc Thẻ căn cước hoặc Giấy chứng nhận căn cước hoặc Hộ chiếu hoặc giấy tờ xuất nhập cảnh hoặc giấy tờ có giá trị đi lại quốc tế còn giá trị sử dụng', 1, 0, {
            showOnly: true,
            note: 'Không yêu cầu nộp khi cơ quan giải quyết khai thác được thông tin trên Cơ sở dữ liệu quốc gia về dân cư.',
          }),
          doc('Bản chính hoặc bản sao có chứng thực giấy tờ chứng minh quan hệ với người được cấp bản chính (người đại diện theo pháp luật, theo ủy quyền; cha, mẹ, con; vợ, chồng; anh, chị, em ruột; người thừa kế khác)', 1, 0, {
            optional: true,
            note: 'Không yêu cầu nộp khi cơ quan giải quyết khai thác được thông tin về giấy khai sinh, giấy đăng ký kết hôn trên Cơ sở dữ liệu hộ tịch điện tử.',
          }),
        ],
      },
    ],
    applicants: 'Tổ chức (không bao gồm doanh nghiệp, HTX), Công dân Việt Nam',
    handlingAgency: 'Cơ quan, tổ chức đang quản lý sổ gốc',
    result: 'Bản sao được cấp từ sổ gốc',
    legalBasis: LB_CHUNG_THUC.filter((l) => !l.includes('226/2016')),
    conditions: 'Cơ quan, tổ chức căn cứ vào sổ gốc để cấp bản sao; nội dung bản sao phải đúng theo sổ gốc.',
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: [
      ...portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-8e5d-72f9-8cf2-c71780251483', 'Thủ tục cấp bản sao từ sổ gốc', '2.000908'),
      SRC_CHUNG_THUC_LAOCAI,
    ],
  },
  {
    id: '2.001035',
    code: '2.001035',
    name: 'Chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở',
    level: 'commune',
    field: CHUNG_THUC,
    publishingDecision: DEC_858,
    channels: sameTerms(ALL, CHUNG_THUC_HOP_DONG, [
      fee('Phí chứng thực giao dịch', 50000, '50.000 Việt Nam Đồng/giao dịch. Cá nhân, hộ gia đình vay vốn tại tổ chức tín dụng để phục vụ phát triển nông nghiệp, nông thôn theo Nghị định số 55/2015/NĐ-CP thì không phải nộp phí chứng thực hợp đồng thế chấp tài sản.'),
    ]),
    cases: [
      {
        id: 'chung',
        name: 'Chứng thực giao dịch',
        documents: [
          doc('Dự thảo giao dịch', 1, 0),
          doc('Bản chính hoặc bản sao có chứng thực hoặc bản sao điện tử được chứng thực từ bản chính của giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc giấy tờ thay thế được pháp luật quy định đối với tài sản phải đăng ký quyền sở hữu, quyền sử dụng', 1, 1, {
            note: 'Trường hợp nộp hồ sơ trực tiếp, người yêu cầu chứng thực có thể nộp bản sao kèm xuất trình bản chính để đối chiếu.',
          }),
          doc('Một trong các giấy tờ sau: Căn cước điện tử; bản chính hoặc bản sao của Thẻ căn cước công dân hoặc Thẻ căn cước hoặc Giấy chứng nhận căn cước hoặc Hộ chiếu hoặc giấy tờ xuất nhập cảnh hoặc giấy tờ có giá trị đi lại quốc tế còn giá trị sử dụng', 1, 0, { showOnly: true }),
        ],
      },
    ],
    applicants: 'Tổ chức (không bao gồm doanh nghiệp, HTX), Công dân Việt Nam, Doanh nghiệp',
    handlingAgency: UBND_XA,
    result: 'Giao dịch được chứng thực',
    legalBasis: LB_CHUNG_THUC,
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-95fa-70ca-93fd-4cab11b87897', 'Chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở', '2.001035'),
  },
  {
    id: '2.001019',
    code: '2.001019',
    name: 'Chứng thực di chúc',
    level: 'commune',
    field: CHUNG_THUC,
    publishingDecision: DEC_858,
    channels: sameTerms(ALL, CHUNG_THUC_HOP_DONG, [fee('Phí chứng thực di chúc', 50000, '50.000 Việt Nam Đồng/di chúc (Cổng DVCQG).')]),
    cases: [
      {
        id: 'chung',
        name: 'Chứng thực di chúc',
        documents: [
          doc('Dự thảo di chúc', 1, 0),
          doc('Bản chính hoặc bản sao có chứng thực hoặc bản sao điện tử được chứng thực từ bản chính của giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc giấy tờ thay thế đối với tài sản phải đăng ký quyền sở hữu, quyền sử dụng', 1, 1, {
            optional: true,
            note: 'Trừ trường hợp người lập di chúc đang bị cái chết đe dọa đến tính mạng.',
          }),
          doc('Một trong các giấy tờ sau: Căn cước điện tử; bản chính hoặc bản sao của Thẻ căn cước công dân hoặc Thẻ căn cước hoặc Giấy chứng nhận căn cước hoặc Hộ chiếu hoặc giấy tờ xuất nhập cảnh hoặc giấy tờ có giá trị đi lại quốc tế còn giá trị sử dụng', 1, 0, { showOnly: true }),
        ],
      },
    ],
    applicants: 'Tổ chức (không bao gồm doanh nghiệp, HTX), Công dân Việt Nam, Doanh nghiệp',
    handlingAgency: UBND_XA,
    result: 'Di chúc được chứng thực',
    legalBasis: LB_CHUNG_THUC,
    conditions: 'Người lập di chúc phải ký trước mặt người thực hiện chứng thực (hoặc người tiếp nhận hồ sơ).',
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-95f0-7610-845f-c097f144bd55', 'Chứng thực di chúc', '2.001019'),
  },
  {
    id: '2.001016',
    code: '2.001016',
    name: 'Chứng thực văn bản từ chối nhận di sản',
    level: 'commune',
    field: CHUNG_THUC,
    publishingDecision: DEC_858,
    channels: sameTerms(ALL, CHUNG_THUC_HOP_DONG, [fee('Phí chứng thực văn bản từ chối nhận di sản', 50000, '50.000 Việt Nam Đồng/văn bản (Cổng DVCQG).')]),
    cases: [
      {
        id: 'chung',
        name: 'Chứng thực văn bản từ chối nhận di sản',
        documents: [
          doc('Dự thảo văn bản từ chối nhận di sản', 1, 0),
          doc('Bản chính hoặc bản sao có chứng thực hoặc bản sao điện tử được chứng thực từ bản chính của giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc giấy tờ thay thế đối với tài sản phải đăng ký quyền sở hữu, quyền sử dụng', 1, 1, {
            note: 'Không yêu cầu nộp giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất khi khai thác được thông tin trên Cơ sở dữ liệu quốc gia về đất đai (giai đoạn đầu áp dụng đối với đất ở).',
          }),
          doc('Một trong các giấy tờ sau: Căn cước điện tử; bản chính hoặc bản sao của Thẻ căn cước công dân hoặc Thẻ căn cước hoặc Giấy chứng nhận căn cước hoặc Hộ chiếu hoặc giấy tờ xuất nhập cảnh hoặc giấy tờ có giá trị đi lại quốc tế còn giá trị sử dụng', 1, 0, { showOnly: true }),
        ],
      },
    ],
    applicants: 'Công dân Việt Nam, Tổ chức (không bao gồm doanh nghiệp, HTX)',
    handlingAgency: UBND_XA,
    result: 'Văn bản từ chối nhận di sản được chứng thực',
    legalBasis: LB_CHUNG_THUC,
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-95e6-7578-ba2d-d1b4373cd174', 'Chứng thực văn bản từ chối nhận di sản', '2.001016'),
  },

  // ==================================== Nuôi con nuôi ====================================
  {
    id: '2.001263',
    code: '2.001263',
    name: 'Đăng ký việc nuôi con nuôi trong nước',
    level: 'commune',
    field: NUOI_CON_NUOI,
    publishingDecision: DEC_361,
    channels: sameTerms(
      ALL,
      {
        amount: null,
        unit: 'calendar-days',
        text: 'Thời gian kiểm tra hồ sơ và lấy ý kiến: 10 ngày, kể từ ngày nhận đủ hồ sơ hợp lệ; thời gian những người liên quan thay đổi ý kiến đồng ý: 15 ngày kể từ ngày được lấy ý kiến; tổ chức đăng ký và giao nhận con nuôi: 05 ngày, kể từ ngày hết hạn thay đổi ý kiến đồng ý (Cổng DVCQG). Tổng thời hạn tùy trường hợp.',
      },
      [
        fee('Lệ phí đăng ký nuôi con nuôi trong nước', 400000, 'Mức thu lệ phí: 400.000đ/trường hợp. Miễn lệ phí đăng ký nuôi con nuôi trong nước đối với trường hợp cha dượng hoặc mẹ kế nhận con riêng của vợ hoặc chồng làm con nuôi; cô, cậu, dì, chú, bác ruột nhận cháu làm con nuôi; nhận các trẻ em sau đây làm con nuôi: Trẻ khuyết tật, nhiễm HIV/AIDS hoặc mắc bệnh hiểm nghèo theo quy định của Luật nuôi con nuôi và văn bản hướng dẫn; người có công với cách mạng nhận con nuôi.'),
      ],
    ),
    cases: [
      {
        id: 'nguoi-duoc-nhan',
        name: 'Hồ sơ của người được nhận làm con nuôi',
        documents: [
          doc('Giấy khai sinh', 1, 0),
          doc('Giấy khám sức khỏe do bệnh viện đa khoa hoặc phòng khám đa khoa hoặc Trung tâm y tế khu vực cấp', 1, 0, {
            note: 'Có thể thay bằng thông tin Sổ sức khỏe điện tử trên VNeID khi khai thác được.',
          }),
          doc('02 ảnh toàn thân, nhìn thẳng chụp không quá 06 tháng', 1, 0),
          doc('Biên bản xác nhận trẻ bị bỏ rơi; Giấy chứng tử của cha đẻ, mẹ đẻ hoặc quyết định của Tòa án tuyên bố cha đẻ, mẹ đẻ đã chết, mất tích, mất năng lực hành vi dân sự (tùy trường hợp)', 1, 0, { optional: true }),
          doc('Quyết định tiếp nhận đối với trẻ em ở cơ sở nuôi dưỡng', 1, 0, { optional: true }),
        ],
      },
      {
        id: 'nguoi-nhan-chua-tim-duoc-tre',
        name: 'Người nhận con nuôi chưa tìm được trẻ em để nhận làm con nuôi',
        documents: [doc('Đơn đăng ký nhu cầu nhận trẻ em làm con nuôi', 1, 0, { form: 'Đơn đăng ký nhu cầu nhận trẻ em làm con nuôi (mẫu)' })],
      },
    ],
    applicants: 'Công dân Việt Nam',
    handlingAgency: 'Ủy ban Nhân dân xã, phường, thị trấn.',
    result: 'Giấy chứng nhận nuôi con nuôi trong nước',
    legalBasis: [
      'Nghị định số 24/2019/NĐ-CP',
      'Nghị định số 06/2025/NĐ-CP ngày 08/01/2025 của Chính phủ sửa đổi, bổ sung một số điều của các Nghị định về nuôi con nuôi',
      'Nghị định số 120/2025/NĐ-CP ngày 11/6/2025 của Chính phủ',
      'Nghị định số 104/2022/NĐ-CP',
      'Nghị quyết số 66.7/2025/NQ-CP của Chính phủ',
      'Thông tư số 10/2020/TT-BTP; Thông tư số 07/2023/TT-BTP',
    ],
    conditions: 'Người nhận con nuôi có năng lực hành vi dân sự đầy đủ; hơn con nuôi từ 20 tuổi trở lên (trừ cha dượng, mẹ kế, cô, cậu, dì, chú, bác ruột); có điều kiện về sức khỏe, kinh tế, chỗ ở; có tư cách đạo đức tốt. Trẻ em được nhận làm con nuôi là trẻ em dưới 16 tuổi (dưới 18 tuổi nếu được cha dượng, mẹ kế, cô, cậu, dì, chú, bác ruột nhận).',
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-9dae-705f-a893-0c4e1f0c32a7', 'Đăng ký việc nuôi con nuôi trong nước', '2.001263'),
  },

  // =========================== Hộ kinh doanh (Bộ Tài chính, cấp xã) ===========================
  {
    id: '1.001612',
    code: '1.001612',
    name: 'Đăng ký thành lập hộ kinh doanh',
    level: 'commune',
    field: HO_KINH_DOANH,
    publishingDecision: DEC_2353,
    steps: [
      'Chủ hộ kinh doanh hoặc người được ủy quyền gửi hồ sơ đăng ký thành lập hộ kinh doanh đến Cơ quan đăng ký kinh doanh cấp xã nơi hộ kinh doanh đăng ký trụ sở hoặc Cơ quan đăng ký kinh doanh cấp xã bất kỳ trong phạm vi tỉnh, thành phố nơi hộ kinh doanh đăng ký trụ sở.',
      'Cơ quan đăng ký kinh doanh cấp xã trao giấy tiếp nhận hồ sơ và hẹn trả kết quả, kiểm tra điều kiện cấp Giấy chứng nhận đăng ký hộ kinh doanh theo khoản 2 Điều 85 Nghị định số 168/2025/NĐ-CP.',
      'Hồ sơ đủ điều kiện: cấp Giấy chứng nhận đăng ký hộ kinh doanh và gửi thông báo về Cơ quan thuế quản lý trực tiếp trong thời hạn 03 ngày làm việc kể từ ngày nhận hồ sơ; không đủ điều kiện: thông báo bằng văn bản, nêu rõ lý do và yêu cầu sửa đổi, bổ sung trong cùng thời hạn.',
      HKD_STEPS_ONLINE,
    ],
    channels: [
      {
        channel: 'desk',
        timeLimit: workingDays(3, 'Trong thời hạn 03 ngày làm việc kể từ ngày nhận hồ sơ (trình tự thực hiện trên Cổng DVCQG; cột thời gian của Cổng: “Không có thông tin”).'),
        fees: [fee('Lệ phí đăng ký hộ kinh doanh', null, 'Cổng DVCQG ghi 50,000 VNĐ cho hình thức nộp trực tiếp. ' + HKD_LE_PHI)],
      },
      {
        channel: 'online',
        timeLimit: workingDays(3, 'Trong thời hạn 03 ngày làm việc kể từ ngày nhận hồ sơ (trình tự thực hiện trên Cổng DVCQG; cột thời gian của Cổng: “Không có thông tin”).'),
        fees: [fee('Lệ phí đăng ký hộ kinh doanh', null, 'Cổng DVCQG ghi 150,000 Việt Nam Đồng cho hình thức nộp trực tuyến. ' + HKD_LE_PHI)],
      },
      {
        channel: 'postal',
        timeLimit: workingDays(3, 'Trong thời hạn 03 ngày làm việc kể từ ngày nhận hồ sơ (trình tự thực hiện trên Cổng DVCQG; cột thời gian của Cổng: “Không có thông tin”).'),
        fees: [fee('Lệ phí đăng ký hộ kinh doanh', null, 'Cổng DVCQG ghi 150,000 Việt Nam Đồng cho hình thức dịch vụ bưu chính. ' + HKD_LE_PHI)],
      },
    ],
    cases: [
      {
        id: 'chung',
        name: 'Hồ sơ đăng ký thành lập hộ kinh doanh',
        documents: [
          doc('Giấy đề nghị đăng ký hộ kinh doanh', 1, 0, { form: 'Giấy đề nghị đăng ký hộ kinh doanh (biểu mẫu theo Thông tư số 68/2025/TT-BTC; số hiệu mẫu chưa xác nhận)' }),
          doc('Bản sao văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh đối với trường hợp hộ kinh doanh do các thành viên hộ gia đình đăng ký thành lập. Văn bản ủy quyền này phải được công chứng hoặc chứng thực theo quy định của pháp luật.', 0, 1, { optional: true }),
          ...hkdUyQuyen({ caNhan: [0, 1], toChuc: [0, 1], buuChinh: [0, 1] }),
        ],
      },
    ],
    applicants: HKD_HDND_APPLICANTS,
    handlingAgency: CQ_DKKD_XA,
    result: 'Giấy chứng nhận đăng ký hộ kinh doanh; hoặc Thông báo bằng văn bản nội dung cần sửa đổi, bổ sung của Cơ quan đăng ký kinh doanh cấp xã',
    legalBasis: LB_HKD,
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portalIn('bo-tai-chinh', 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfb-d76d-737f-81b9-69258b07240b', 'Đăng ký thành lập hộ kinh doanh', '1.001612'),
  },
  {
    id: '2.000720',
    code: '2.000720',
    name: 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
    level: 'commune',
    field: HO_KINH_DOANH,
    publishingDecision: DEC_2353,
    steps: [
      'Trong thời hạn 10 ngày kể từ ngày có thay đổi (tên, địa chỉ trụ sở, chủ hộ, thành viên hộ gia đình, vốn, ngành, nghề kinh doanh, nội dung đăng ký thuế trừ phương pháp tính thuế), chủ hộ kinh doanh đăng ký thay đổi với Cơ quan đăng ký kinh doanh cấp xã nơi đăng ký trụ sở hoặc bất kỳ trong phạm vi tỉnh.',
      'Trường hợp thay đổi địa chỉ trụ sở dẫn đến thay đổi Cơ quan thuế quản lý trực tiếp, hộ kinh doanh làm thủ tục với Cơ quan thuế trước khi đăng ký thay đổi địa chỉ.',
      'Trong thời hạn 03 ngày làm việc kể từ ngày nhận hồ sơ, Cơ quan đăng ký kinh doanh cấp xã xem xét tính hợp lệ và cập nhật thông tin thay đổi; hồ sơ chưa hợp lệ thì thông báo bằng văn bản nội dung cần sửa đổi, bổ sung.',
      HKD_STEPS_ONLINE,
    ],
    channels: sameTerms(ALL, null, [fee('Lệ phí đăng ký hộ kinh doanh', null, 'Miễn phí (Cổng DVCQG). ' + HKD_LE_PHI)], PORTAL_TIME_CONFLICT('1', 'Trong thời hạn 03 ngày làm việc kể từ ngày nhận hồ sơ')),
    cases: [
      {
        id: 'ten-tru-so-von-nganh-nghe',
        name: 'Thay đổi tên hộ kinh doanh, địa chỉ trụ sở, vốn kinh doanh, ngành, nghề kinh doanh và nội dung đăng ký thuế (trừ phương pháp tính thuế)',
        documents: [
          doc('Giấy đề nghị đăng ký thay đổi nội dung đăng ký hộ kinh doanh do chủ hộ kinh doanh ký', 1, 0, { form: 'Giấy đề nghị đăng ký thay đổi nội dung đăng ký hộ kinh doanh' }),
          HKD_BIEN_BAN_NHOM('đăng ký thay đổi nội dung đăng ký hộ kinh doanh'),
          ...hkdUyQuyen({ caNhan: [1, 0], toChuc: [1, 0], buuChinh: [1, 0] }),
        ],
      },
      {
        id: 'doi-chu-ho-uy-quyen',
        name: 'Thay đổi chủ hộ kinh doanh do các thành viên hộ gia đình ủy quyền cho một trong các thành viên còn lại làm chủ hộ kinh doanh',
        documents: [
          doc('Giấy đề nghị đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 1, 0, { form: 'Giấy đề nghị đăng ký thay đổi nội dung đăng ký hộ kinh doanh' }),
          HKD_BAN_SAO_UY_QUYEN_HO_GIA_DINH,
          ...hkdUyQuyen({ caNhan: [1, 0], toChuc: [1, 0], buuChinh: [1, 0] }),
        ],
      },
      {
        id: 'doi-chu-ho-chu-ho-chet',
        name: 'Hộ kinh doanh do thành viên hộ gia đình đăng ký thành lập thay đổi chủ hộ do chủ hộ chết hoặc bị Tòa án tuyên bố đã chết, mất tích, bị hạn chế hoặc mất năng lực hành vi dân sự, có khó khăn trong nhận thức, làm chủ hành vi',
        documents: [
          doc('Bản sao giấy chứng tử hoặc quyết định của Tòa án tuyên bố đã chết, mất tích, bị hạn chế hoặc mất năng lực hành vi dân sự, có khó khăn trong nhận thức, làm chủ hành vi.', 0, 1, {
            note: 'Cổng DVCQG chỉ liệt kê giấy tờ này cho trường hợp này; Giấy đề nghị đăng ký thay đổi được liệt kê ở các trường hợp khác.',
          }),
          ...hkdUyQuyen({ caNhan: [1, 0], toChuc: [1, 0], buuChinh: [1, 0] }),
        ],
      },
      {
        id: 'thay-doi-thanh-vien',
        name: 'Thay đổi thành viên hộ gia đình đăng ký hộ kinh doanh',
        documents: [
          doc('Bản sao văn bản ủy quyền của thành viên mới cho chủ hộ kinh doanh trong trường hợp tiếp nhận thành viên mới. Văn bản ủy quyền này phải được công chứng hoặc chứng thực theo quy định của pháp luật.', 0, 1),
          ...hkdUyQuyen({ caNhan: [1, 0], toChuc: [1, 0], buuChinh: [1, 0] }),
        ],
      },
    ],
    applicants: HKD_HDND_APPLICANTS,
    handlingAgency: CQ_DKKD_XA,
    result: 'Giấy chứng nhận đăng ký hộ kinh doanh (khi thay đổi tên, địa chỉ trụ sở, chủ hộ, thành viên hộ gia đình, vốn, ngành, nghề kinh doanh); Cơ quan đăng ký kinh doanh cấp xã cập nhật thông tin thay đổi của hộ kinh doanh trong Cơ sở dữ liệu về đăng ký hộ kinh doanh',
    legalBasis: LB_HKD,
    conditions: 'Trong thời hạn 10 ngày kể từ ngày có thay đổi, chủ hộ kinh doanh có trách nhiệm đăng ký thay đổi nội dung đăng ký hộ kinh doanh.',
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portalIn('bo-tai-chinh', 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfc-d9ca-768c-a8f4-cc0dff5f41ed', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', '2.000720'),
  },
  {
    id: '1.001570',
    code: '1.001570',
    name: 'Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh',
    level: 'commune',
    field: HO_KINH_DOANH,
    publishingDecision: DEC_2353,
    steps: [
      'Hộ kinh doanh tạm ngừng kinh doanh từ 15 ngày trở lên hoặc tiếp tục kinh doanh trước thời hạn đã đăng ký gửi hồ sơ đến Cơ quan đăng ký kinh doanh cấp xã chậm nhất là 03 ngày làm việc trước ngày tạm ngừng hoặc tiếp tục kinh doanh.',
      'Cơ quan đăng ký kinh doanh cấp xã trao giấy tiếp nhận hồ sơ và hẹn trả kết quả; trong thời hạn 01 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ, cấp giấy xác nhận.',
      HKD_STEPS_ONLINE,
    ],
    channels: sameTerms(
      ALL,
      workingDays(1, 'Trong thời hạn 01 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ (trình tự thực hiện trên Cổng DVCQG); Cổng ghi thời gian “1”.'),
      [fee('Lệ phí', null, HKD_LE_PHI_NEU_CO)],
    ),
    cases: [
      {
        id: 'chung',
        name: 'Đăng ký tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn',
        documents: [
          doc('Giấy đề nghị đăng ký tạm ngừng kinh doanh/tiếp tục kinh doanh trước thời hạn đã đăng ký của hộ kinh doanh', 1, 0, { form: 'Giấy đề nghị đăng ký tạm ngừng kinh doanh/tiếp tục kinh doanh trước thời hạn đã đăng ký của hộ kinh doanh' }),
          HKD_BIEN_BAN_NHOM('đăng ký tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn đã đăng ký của hộ kinh doanh'),
          ...hkdUyQuyen({ caNhan: [0, 1], toChuc: [0, 1], buuChinh: [0, 1] }),
        ],
      },
    ],
    applicants: HKD_HDND_APPLICANTS,
    handlingAgency: CQ_DKKD_XA,
    result: 'Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh; hoặc Giấy xác nhận về việc hộ kinh doanh tiếp tục kinh doanh trước thời hạn đã thông báo',
    legalBasis: LB_HKD,
    conditions: 'Áp dụng khi hộ kinh doanh tạm ngừng kinh doanh từ 15 ngày trở lên hoặc tiếp tục kinh doanh trước thời hạn đã đăng ký; hồ sơ gửi chậm nhất là 03 ngày làm việc trước ngày tạm ngừng hoặc tiếp tục kinh doanh.',
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portalIn('bo-tai-chinh', 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfb-d768-7446-bd77-3bb11051041c', 'Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh', '1.001570'),
  },
  {
    id: '1.001266',
    code: '1.001266',
    name: 'Chấm dứt hoạt động hộ kinh doanh',
    level: 'commune',
    field: HO_KINH_DOANH,
    publishingDecision: DEC_2353,
    steps: [
      'Trong thời hạn 05 ngày làm việc kể từ ngày thanh toán hết các khoản nợ, hộ kinh doanh gửi hồ sơ đăng ký chấm dứt hoạt động đến Cơ quan đăng ký kinh doanh cấp xã nơi đăng ký trụ sở hoặc bất kỳ trong phạm vi tỉnh.',
      'Cơ quan đăng ký kinh doanh cấp xã gửi thông tin cho Cơ quan thuế; trong thời hạn 02 ngày làm việc Cơ quan thuế gửi ý kiến về việc hoàn thành nghĩa vụ thuế.',
      'Trong thời hạn 05 ngày làm việc kể từ ngày nhận hồ sơ, Cơ quan đăng ký kinh doanh cấp xã chuyển tình trạng pháp lý của hộ kinh doanh sang đã chấm dứt hoạt động (nếu Cơ quan thuế không có ý kiến hoặc xác nhận đã hoàn thành nghĩa vụ thuế) và đăng tải thông báo trên Cổng thông tin quốc gia về đăng ký doanh nghiệp; nếu Cơ quan thuế từ chối thì thông báo cho hộ kinh doanh.',
      HKD_STEPS_ONLINE,
    ],
    channels: sameTerms(ALL, null, [fee('Lệ phí', null, HKD_LE_PHI_NEU_CO)], PORTAL_TIME_CONFLICT('1', 'Trong thời hạn 05 ngày làm việc kể từ ngày nhận hồ sơ đăng ký chấm dứt hoạt động')),
    cases: [
      {
        id: 'chung',
        name: 'Đăng ký chấm dứt hoạt động hộ kinh doanh',
        documents: [
          doc('Thông báo chấm dứt hoạt động hộ kinh doanh.', 1, 0, { form: 'Thông báo chấm dứt hoạt động hộ kinh doanh' }),
          HKD_BIEN_BAN_NHOM('chấm dứt hoạt động hộ kinh doanh'),
          ...hkdUyQuyen({ caNhan: [1, 0], toChuc: [1, 0], buuChinh: [0, 1] }),
        ],
      },
    ],
    applicants: 'Công dân Việt Nam, Tổ chức (không bao gồm doanh nghiệp, HTX)',
    handlingAgency: CQ_DKKD_XA,
    cooperatingAgencies: 'Cơ quan thuế (ý kiến về việc hoàn thành nghĩa vụ thuế)',
    result: 'Chuyển tình trạng pháp lý của hộ kinh doanh trong Cơ sở dữ liệu về đăng ký hộ kinh doanh sang tình trạng đã chấm dứt hoạt động và đăng tải thông báo trên Cổng thông tin quốc gia về đăng ký doanh nghiệp; hoặc Văn bản của Cơ quan đăng ký kinh doanh cấp xã thông báo lý do từ chối',
    legalBasis: LB_HKD,
    conditions: 'Hồ sơ gửi trong thời hạn 05 ngày làm việc kể từ ngày thanh toán hết các khoản nợ của hộ kinh doanh; hộ kinh doanh phải hoàn thành nghĩa vụ thuế.',
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portalIn('bo-tai-chinh', 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfb-d748-72d1-848f-3607bc86e647', 'Chấm dứt hoạt động hộ kinh doanh', '1.001266'),
  },
  {
    id: '2.000575',
    code: '2.000575',
    name: 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh, Cấp đổi sang Giấy chứng nhận đăng ký hộ kinh doanh',
    level: 'commune',
    field: HO_KINH_DOANH,
    publishingDecision: DEC_2353,
    steps: [
      'Cấp lại (Giấy chứng nhận bản giấy bị mất, cháy, rách, nát hoặc bị tiêu hủy): hộ kinh doanh gửi văn bản đề nghị cấp lại đến Cơ quan đăng ký kinh doanh cấp xã; cấp lại trong thời hạn 01 ngày làm việc kể từ ngày nhận được văn bản đề nghị.',
      'Cấp đổi sang Giấy chứng nhận theo Nghị định số 168/2025/NĐ-CP khi hộ kinh doanh đăng ký thay đổi nội dung hoặc tạm ngừng/tiếp tục kinh doanh: cấp trong thời hạn 03 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ.',
      'Mua bán, tặng cho, thừa kế hộ kinh doanh thực hiện trước ngày Nghị định số 168/2025/NĐ-CP có hiệu lực: trong thời hạn 03 ngày làm việc kể từ ngày tiếp nhận hồ sơ, xem xét và cấp Giấy chứng nhận; hồ sơ chưa hợp lệ thì thông báo bằng văn bản.',
      HKD_STEPS_ONLINE,
    ],
    channels: sameTerms(
      ALL,
      {
        amount: null,
        unit: 'working-days',
        text: 'Theo trình tự trên Cổng DVCQG: cấp lại 01 ngày làm việc kể từ ngày nhận được văn bản đề nghị; cấp đổi/cấp khi thay đổi chủ hộ 03 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ. Cổng ghi thời gian “1” (không hiển thị đơn vị). Thời hạn tùy trường hợp.',
      },
      [fee('Lệ phí đăng ký hộ kinh doanh', null, 'Miễn phí (Cổng DVCQG). ' + HKD_LE_PHI)],
    ),
    cases: [
      {
        id: 'cap-lai',
        name: 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh bản giấy do bị mất, cháy, rách, nát hoặc bị tiêu hủy dưới hình thức khác',
        documents: [
          doc('Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh', 1, 0, { form: 'Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh' }),
          ...hkdUyQuyen({ caNhan: [0, 1], toChuc: [0, 1], buuChinh: [0, 1] }),
        ],
      },
      {
        id: 'cap-doi-khi-thay-doi',
        name: 'Cấp đổi khi hộ kinh doanh đăng ký thay đổi tên, địa chỉ trụ sở, vốn kinh doanh, ngành, nghề kinh doanh và nội dung đăng ký thuế (trừ phương pháp tính thuế)',
        documents: [
          doc('Giấy đề nghị đăng ký thay đổi nội dung đăng ký hộ kinh doanh do chủ hộ kinh doanh ký', 1, 0, { form: 'Giấy đề nghị đăng ký thay đổi nội dung đăng ký hộ kinh doanh' }),
          HKD_BIEN_BAN_NHOM('đăng ký thay đổi nội dung đăng ký hộ kinh doanh'),
          ...hkdUyQuyen({ caNhan: [0, 1], toChuc: [0, 1], buuChinh: [0, 1] }),
        ],
      },
      {
        id: 'cap-doi-khi-tam-ngung',
        name: 'Cấp đổi khi hộ kinh doanh đăng ký tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã đăng ký',
        documents: [
          doc('Giấy đề nghị đăng ký tạm ngừng kinh doanh/tiếp tục kinh doanh trước thời hạn đã đăng ký của hộ kinh doanh', 1, 0, { form: 'Giấy đề nghị đăng ký tạm ngừng kinh doanh/tiếp tục kinh doanh trước thời hạn đã đăng ký của hộ kinh doanh' }),
          HKD_BIEN_BAN_NHOM('đăng ký tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn đã đăng ký của hộ kinh doanh'),
          ...hkdUyQuyen({ caNhan: [0, 1], toChuc: [0, 1], buuChinh: [0, 1] }),
        ],
      },
      {
        id: 'mua-ban-tang-cho-thua-ke',
        name: 'Thay đổi chủ hộ kinh doanh do mua bán, tặng cho, thừa kế hộ kinh doanh thực hiện trước ngày Nghị định số 168/2025/NĐ-CP có hiệu lực thi hành',
        documents: [
          doc('Thông báo thay đổi chủ hộ kinh doanh', 1, 0),
          doc('Hợp đồng mua bán hoặc các giấy tờ chứng minh hoàn tất việc mua bán trong trường hợp bán hộ kinh doanh; hợp đồng tặng cho đối với trường hợp tặng cho hộ kinh doanh; bản sao văn bản xác nhận quyền thừa kế hợp pháp của người thừa kế trong trường hợp thay đổi chủ hộ kinh doanh do thừa kế', 1, 0),
          { ...HKD_BAN_SAO_UY_QUYEN_HO_GIA_DINH, optional: true, note: 'Đối với trường hợp hộ kinh doanh do các thành viên hộ gia đình đăng ký thành lập.' },
          ...hkdUyQuyen({ caNhan: [0, 1], toChuc: [0, 1], buuChinh: [0, 1] }),
        ],
      },
    ],
    applicants: 'Công dân Việt Nam, Tổ chức (không bao gồm doanh nghiệp, HTX)',
    handlingAgency: CQ_DKKD_XA,
    result: 'Giấy chứng nhận đăng ký hộ kinh doanh được cấp lại cho hộ kinh doanh; Giấy chứng nhận đăng ký hộ kinh doanh; hoặc Thông báo bằng văn bản nội dung cần sửa đổi, bổ sung của Cơ quan đăng ký kinh doanh cấp xã',
    legalBasis: LB_HKD,
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portalIn('bo-tai-chinh', 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfc-d9d1-7475-8e58-1aa4479901eb', 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh, Cấp đổi sang Giấy chứng nhận đăng ký hộ kinh doanh', '2.000575'),
  },

  // ========================== Đất đai (Bộ Nông nghiệp và Môi trường) ==========================
  {
    id: '1.012812',
    code: '1.012812',
    name: 'Hòa giải tranh chấp đất đai',
    level: 'commune',
    field: DAT_DAI,
    publishingDecision: DEC_2304,
    steps: [
      'Người đề nghị nộp đơn yêu cầu hòa giải tranh chấp đất đai tại Ủy ban nhân dân cấp xã.',
      'Trong thời hạn 03 ngày làm việc kể từ ngày nhận được đơn, Ủy ban nhân dân cấp xã thông báo bằng văn bản cho các bên tranh chấp và Văn phòng đăng ký đất đai (hoặc Chi nhánh) nơi có đất về việc thụ lý; không thụ lý thì thông báo bằng văn bản, nêu rõ lý do.',
      'Thẩm tra, xác minh nguyên nhân phát sinh tranh chấp, thu thập giấy tờ, tài liệu về nguồn gốc đất, quá trình và hiện trạng sử dụng đất.',
      'Thành lập Hội đồng hòa giải tranh chấp đất đai (điểm b khoản 2 Điều 235 Luật Đất đai) và tổ chức cuộc họp hòa giải khi các bên tranh chấp đều có mặt; vắng mặt đến lần thứ hai thì coi là hòa giải không thành.',
      'Lập biên bản hòa giải (chữ ký Chủ tịch Hội đồng, các bên tranh chấp; đóng dấu Ủy ban nhân dân cấp xã), gửi ngay cho các bên và lưu tại Ủy ban nhân dân cấp xã.',
      'Trong thời hạn 10 ngày kể từ ngày lập biên bản hòa giải thành, nếu các bên có ý kiến khác bằng văn bản thì Chủ tịch Ủy ban nhân dân cấp xã tổ chức lại cuộc họp Hội đồng hòa giải; hòa giải không thành thì hướng dẫn các bên gửi đơn đến cơ quan có thẩm quyền giải quyết tiếp theo.',
    ],
    channels: [
      {
        channel: 'desk',
        timeLimit: { amount: null, unit: 'calendar-days', text: 'Cổng DVCQG ghi “40 Ngày” cho hình thức nộp trực tiếp nhưng “30 Ngày” cho dịch vụ bưu chính; hai giá trị khác nhau cho cùng một thủ tục nên chưa xác nhận, để trống.' },
        fees: [fee('Phí, lệ phí', 0, 'Miễn phí (Theo quy định của Luật phí và lệ phí và các văn bản quy phạm pháp luật hướng dẫn Luật phí và lệ phí.)')],
      },
      {
        channel: 'postal',
        timeLimit: { amount: null, unit: 'calendar-days', text: 'Cổng DVCQG ghi “30 Ngày” cho dịch vụ bưu chính nhưng “40 Ngày” cho hình thức nộp trực tiếp; chưa xác nhận, để trống.' },
        fees: [fee('Phí, lệ phí', 0, 'Miễn phí (Theo quy định của Luật phí và lệ phí và các văn bản quy phạm pháp luật hướng dẫn Luật phí và lệ phí.)')],
      },
    ],
    cases: [
      {
        id: 'chung',
        name: 'Yêu cầu hòa giải tranh chấp đất đai',
        documents: [
          doc('Đơn yêu cầu yêu cầu hòa giải tranh chấp đất đai (bản chính);', 1, 1),
          doc('Các giấy tờ có liên quan đến việc sử dụng đất (bản phô tô hoặc có công chức hoặc có chứng thực).', 1, 1),
        ],
      },
    ],
    applicants: 'Tổ chức (không bao gồm doanh nghiệp, HTX), Công dân Việt Nam, Doanh nghiệp, Doanh nghiệp có vốn đầu tư nước ngoài, Hợp tác xã, Cán bộ, công chức, viên chức',
    handlingAgency: UBND_XA,
    cooperatingAgencies: 'Văn phòng đăng ký đất đai hoặc Chi nhánh Văn phòng đăng ký đất đai nơi có đất tranh chấp (được thông báo việc thụ lý)',
    result: 'Biên bản hòa giải có chữ ký của Chủ tịch Hội đồng hòa giải, các bên tranh chấp có mặt tại buổi hòa giải, các thành viên tham gia hòa giải (có đóng dấu UBND cấp xã); gửi cho các bên tranh chấp và lưu tại UBND cấp xã',
    legalBasis: [
      'Luật số 43/2024/QH15 ngày 29/6/2024',
      'Nghị định 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai',
      'Nghị định số 118/2025/NĐ-CP về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia',
    ],
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portalIn('bo-nong-nghiep-mt', 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfa-76e6-7468-b6f2-3d412e902b88', 'Hòa giải tranh chấp đất đai', '1.012812'),
  },

  // ========================= Trồng trọt (Bộ Nông nghiệp và Môi trường) ========================
  {
    id: '1.008004',
    code: '1.008004',
    name: 'Chuyển đổi cơ cấu cây trồng, vật nuôi trên đất trồng lúa',
    level: 'commune',
    field: TRONG_TROT,
    publishingDecision: DEC_1000_BNNMT,
    steps: [
      'Người sử dụng đất trồng lúa có nhu cầu chuyển đổi sang trồng cây lâu năm, trồng lúa kết hợp nuôi trồng thủy sản nộp hồ sơ trực tiếp, qua bưu chính hoặc qua môi trường điện tử đến Ủy ban nhân dân cấp xã.',
      'Ủy ban nhân dân cấp xã trả lời tính hợp lệ của hồ sơ: nộp trực tiếp — trả lời ngay; qua bưu chính — trong 03 ngày làm việc; qua môi trường điện tử — trong 01 ngày làm việc kể từ ngày nhận hồ sơ.',
      'Trong thời hạn 05 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ, Ủy ban nhân dân cấp xã xem xét sự phù hợp của Bản Đăng ký với Kế hoạch chuyển đổi cơ cấu cây trồng, vật nuôi trên đất trồng lúa hằng năm của cấp xã và ban hành văn bản chấp thuận (Phụ lục V) hoặc thông báo không chấp thuận (Phụ lục VI, Nghị định số 112/2024/NĐ-CP).',
    ],
    channels: sameTerms(ALL, workingDays(5, '5 Ngày làm việc (Cổng DVCQG): trong thời hạn 05 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ.'), [fee('Phí, lệ phí', 0, 'Miễn phí (Cổng DVCQG).')]),
    cases: [
      {
        id: 'chung',
        name: 'Đăng ký chuyển đổi cơ cấu cây trồng, vật nuôi trên đất trồng lúa',
        documents: [
          doc('Bản Đăng ký chuyển đổi cơ cấu cây trồng, vật nuôi trên đất trồng lúa theo mẫu tại Phụ lục IV ban hành kèm theo Nghị định số 112/2024/NĐ-CP', 1, 0, {
            form: 'Phụ lục IV ban hành kèm theo Nghị định số 112/2024/NĐ-CP',
          }),
        ],
      },
    ],
    applicants: 'Doanh nghiệp có vốn đầu tư nước ngoài, Doanh nghiệp, Người nước ngoài, Tổ chức nước ngoài, Hợp tác xã, Cán bộ, công chức, viên chức, Tổ chức (không bao gồm doanh nghiệp, HTX), Người Việt Nam định cư ở nước ngoài, Công dân Việt Nam',
    handlingAgency: UBND_XA,
    result: 'Văn bản chấp thuận chuyển đổi cơ cấu cây trồng, vật nuôi trên đất trồng lúa theo mẫu tại Phụ lục V ban hành kèm theo Nghị định số 112/2024/NĐ-CP; hoặc Văn bản không chấp thuận bản đăng ký chuyển đổi theo mẫu Phụ lục VI',
    legalBasis: ['Nghị định số 112/2024/NĐ-CP quy định chi tiết về đất trồng lúa'],
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portalIn('bo-nong-nghiep-mt', 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfa-4f9f-7354-9e92-57219bbd01e0', 'Chuyển đổi cơ cấu cây trồng, vật nuôi trên đất trồng lúa', '1.008004'),
  },

  // ============================ Hòa giải ở cơ sở (Bộ Tư pháp) =============================
  {
    id: '2.000930',
    code: '2.000930',
    name: 'Thủ tục thôi làm hòa giải viên (cấp xã)',
    level: 'commune',
    field: HOA_GIAI_CO_SO,
    publishingDecision: DEC_2338,
    steps: [
      'Trong thời hạn 10 ngày kể từ khi nhận được đề nghị của tổ trưởng Tổ hòa giải, Trưởng ban công tác Mặt trận chủ trì, phối hợp với trưởng thôn, tổ trưởng tổ dân phố xem xét, xác minh, làm văn bản đề nghị Chủ tịch Ủy ban nhân dân cấp xã ra quyết định thôi làm hòa giải viên.',
      'Nếu Trưởng ban công tác Mặt trận, trưởng thôn, tổ trưởng tổ dân phố không đồng ý hoặc không thống nhất với đề nghị (điểm b, c khoản 1 Điều 11 Luật hòa giải ở cơ sở) thì Trưởng ban công tác Mặt trận thông báo cho tổ trưởng tổ hòa giải và báo cáo Chủ tịch Ủy ban nhân dân cấp xã.',
      'Trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản đề nghị hoặc báo cáo, Chủ tịch Ủy ban nhân dân cấp xã xem xét, quyết định.',
    ],
    channels: sameTerms(ALL, workingDays(5, '5 Ngày làm việc (Cổng DVCQG): trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản đề nghị hoặc báo cáo.'), [fee('Phí, lệ phí', 0, 'Miễn phí (Cổng DVCQG).')]),
    cases: [
      {
        id: 'chung',
        name: 'Đề nghị thôi làm hòa giải viên',
        documents: [
          doc('Văn bản đề nghị ra quyết định thôi làm hòa giải viên (Mẫu số 08 tại Phụ lục ban hành kèm theo Nghị quyết liên tịch số 01/2014/NQLT-CP-UBTƯMTTQVN', 1, 0, {
            form: 'Mẫu số 08, Phụ lục Nghị quyết liên tịch số 01/2014/NQLT-CP-UBTƯMTTQVN',
          }),
          doc('Báo cáo về việc thôi làm hòa giải viên (Mẫu số 09 tại Phụ lục ban hành kèm theo Nghị quyết liên tịch số 01/2014/NQLT-CP-UBTƯMTTQVN) trong trường hợp Trưởng ban công tác Mặt trận, trưởng thôn, tổ trưởng tổ dân phố không đồng ý với đề nghị của tổ trưởng tổ hòa giải hoặc Trưởng ban công tác Mặt trận và trưởng thôn, tổ trưởng tổ dân phố không thống nhất được với nhau về đề nghị của tổ trưởng tổ hòa giải', 1, 0, {
            optional: true,
            form: 'Mẫu số 09, Phụ lục Nghị quyết liên tịch số 01/2014/NQLT-CP-UBTƯMTTQVN',
          }),
        ],
      },
    ],
    applicants: 'Công dân Việt Nam',
    handlingAgency: 'Chủ tịch Ủy ban nhân dân cấp xã',
    result: 'Quyết định thôi làm hòa giải viên',
    legalBasis: [
      'Luật Hòa giải ở cơ sở năm 2013 (số 35/2013/QH13)',
      'Nghị quyết liên tịch số 01/2014/NQLT-CP-UBTƯMTTQVN hướng dẫn phối hợp thực hiện một số quy định của pháp luật về hòa giải ở cơ sở',
      'Quyết định số 2338/QĐ-BTP công bố thủ tục hành chính được chuẩn hóa trong lĩnh vực hòa giải ở cơ sở thuộc phạm vi chức năng quản lý của Bộ Tư pháp',
    ],
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: portal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-8e50-70b5-b69c-ebc36daa6542', 'Thủ tục thôi làm hòa giải viên (cấp xã)', '2.000930'),
  },

  // ================== Tín ngưỡng (nguồn: trang thủ tục cấp xã của các tỉnh) ==================
  {
    id: '2.000509',
    code: '2.000509',
    name: 'Thủ tục đăng ký hoạt động tín ngưỡng',
    level: 'commune',
    field: TON_GIAO,
    publishingDecision: null,
    steps: [
      'Người đại diện hoặc ban quản lý cơ sở tín ngưỡng gửi văn bản đăng ký đến Ủy ban nhân dân cấp xã nơi có cơ sở tín ngưỡng.',
      'Ủy ban nhân dân cấp xã xem xét văn bản đăng ký; văn bản chưa đầy đủ, hợp lệ thì hướng dẫn bằng văn bản cho cơ sở tín ngưỡng để hoàn chỉnh.',
      'Ủy ban nhân dân cấp xã trả lời bằng văn bản; trường hợp từ chối đăng ký phải trả lời bằng văn bản và nêu rõ lý do.',
    ],
    channels: sameTerms(
      ['desk', 'postal'],
      {
        amount: 15,
        unit: 'calendar-days',
        text: '15 ngày kể từ ngày Ủy ban nhân dân cấp xã nơi có cơ sở tín ngưỡng nhận được văn bản đăng ký hợp lệ (trang thủ tục của xã Quảng Thọ, Thừa Thiên Huế). Tỉnh Bình Phước niêm yết 10 ngày làm việc (mức rút ngắn của tỉnh).',
      },
      [fee('Phí, lệ phí', 0, 'Phí, lệ phí: 0 (trang thủ tục xã Quảng Thọ).')],
    ),
    cases: [
      {
        id: 'chung',
        name: 'Đăng ký hoạt động tín ngưỡng hằng năm',
        documents: [doc('Văn bản đăng ký (theo mẫu).', 1, null, { form: 'Đăng ký hoạt động tín ngưỡng hằng năm hoặc hoạt động tín ngưỡng bổ sung (mẫu B1)' })],
      },
    ],
    applicants: 'Công dân Việt Nam, Tổ chức (không bao gồm doanh nghiệp, HTX)',
    handlingAgency: UBND_XA,
    result: 'Văn bản trả lời chấp thuận hoặc không chấp thuận về việc đăng ký hoạt động tín ngưỡng (cấp xã).',
    legalBasis: [
      'Luật tín ngưỡng, tôn giáo số 02/2016/QH14',
      'Nghị định số 162/2017/NĐ-CP (theo các trang nguồn trước năm 2025; văn bản hướng dẫn hiện hành chưa đối chiếu)',
    ],
    conditions: 'Người đại diện hoặc ban quản lý cơ sở tín ngưỡng gửi văn bản đăng ký hoạt động tín ngưỡng hằng năm chậm nhất là 30 ngày trước ngày cơ sở tín ngưỡng bắt đầu hoạt động tín ngưỡng. Việc đăng ký hoạt động tín ngưỡng hằng năm chỉ thực hiện một lần; hoạt động không có trong văn bản đã đăng ký thì đăng ký bổ sung.',
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: [
      {
        url: 'https://hethongphapluat.com/thu-tuc-dang-k-hoat-dong-tn-nguong.html',
        title: 'Thủ tục đăng ký hoạt động tín ngưỡng – mã 2.000509.000.00.00.H42 (Ninh Bình), cấp thực hiện: Cấp Xã',
        retrieved: RETRIEVED,
      },
      {
        url: 'http://quangtho.huecit.com/Cong-dan/Thu-tuc-hanh-chinh/unit/00-00-00/pid/9795',
        title: 'Xã Quảng Thọ (Thừa Thiên Huế) – Thủ tục đăng ký hoạt động tín ngưỡng (thời hạn 15 ngày; phí, lệ phí 0)',
        retrieved: RETRIEVED,
      },
      {
        url: 'http://dichvucong.binhphuoc.gov.vn/chi-tiet-thu-tuc?id=6247&unitId=2162',
        title: 'Cổng DVC tỉnh Bình Phước – Đăng ký hoạt động tín ngưỡng (mã DVC 2.000509.000.00.00.H10)',
        retrieved: RETRIEVED,
      },
    ],
  },
  {
    id: '1.001028',
    code: '1.001028',
    name: 'Thủ tục đăng ký bổ sung hoạt động tín ngưỡng',
    level: 'commune',
    field: TON_GIAO,
    publishingDecision: null,
    steps: [
      'Người đại diện hoặc ban quản lý cơ sở tín ngưỡng gửi văn bản đăng ký bổ sung hoạt động tín ngưỡng đến Ủy ban nhân dân cấp xã nơi có cơ sở tín ngưỡng.',
      'Ủy ban nhân dân cấp xã xem xét văn bản; chưa đầy đủ, hợp lệ thì thông báo qua mạng Internet hoặc văn bản cho cơ sở tín ngưỡng để hoàn chỉnh.',
      'Ủy ban nhân dân cấp xã trả lời bằng văn bản; trường hợp từ chối đăng ký phải trả lời bằng văn bản và nêu rõ lý do.',
    ],
    channels: sameTerms(ALL, null, [fee('Phí, lệ phí', 0, 'Phí: Không; Lệ phí: Không (trang thủ tục xã Thông Nông, Cao Bằng).')], 'Trang thủ tục xã Thông Nông (Cao Bằng) ghi thời hạn “12 Ngày” cho cả ba hình thức; trang Gia Lai để trống; chưa có nguồn quốc gia nên để trống.'),
    cases: [
      {
        id: 'chung',
        name: 'Đăng ký bổ sung hoạt động tín ngưỡng',
        documents: [doc('Văn bản đăng ký (theo mẫu).', 1, 0, { form: 'Đăng ký hoạt động tín ngưỡng hằng năm hoặc hoạt động tín ngưỡng bổ sung (mẫu B1)' })],
      },
    ],
    applicants: 'Người đại diện hoặc ban quản lý cơ sở tín ngưỡng đăng ký bổ sung hoạt động tín ngưỡng.',
    handlingAgency: UBND_XA,
    result: 'Văn bản trả lời chấp thuận hoặc không chấp thuận về việc đăng ký hoạt động tín ngưỡng bổ sung.',
    legalBasis: [
      'Luật tín ngưỡng, tôn giáo số 02/2016/QH14',
      'Nghị định số 162/2017/NĐ-CP (theo các trang nguồn trước năm 2025; văn bản hướng dẫn hiện hành chưa đối chiếu)',
    ],
    conditions: 'Chậm nhất 20 ngày trước ngày diễn ra hoạt động tín ngưỡng.',
    onlineLevel: null,
    effectiveFrom: EFFECTIVE,
    sources: [
      {
        url: 'http://thongnong.haquang.caobang.gov.vn/nop-thu-tuc-hanh-chinh-truc-tuyen/thu-tuc-dang-ky-bo-sung-hoat-dong-tin-nguong-920258',
        title: 'Xã Thông Nông (Hà Quảng, Cao Bằng) – Thủ tục đăng ký bổ sung hoạt động tín ngưỡng (1.001028.000.00.00.H14)',
        retrieved: RETRIEVED,
      },
      {
        url: 'https://tthccapxa.gialai.gov.vn/tthc/index/view/id/2',
        title: 'TTHC cấp xã tỉnh Gia Lai – Đăng ký bổ sung hoạt động tín ngưỡng (thẩm quyền: UBND cấp xã)',
        retrieved: RETRIEVED,
      },
    ],
  },
];
