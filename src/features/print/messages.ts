import { registerMessages } from '../../app/i18n';

/**
 * UI text of this feature (namespace "print"); en must have the same shape as vi.
 * Only the preview's own controls are here: the forms themselves are legal documents and always
 * print in Vietnamese, whatever language the screen is in (see forms/wording.ts).
 */
export const vi = {
  toolbar: 'Công cụ in',
  print: 'In (Ctrl+P)',
  back: 'Quay lại',
  loading: 'Đang chuẩn bị biểu mẫu…',
  formInfo: '{{form}} theo {{circular}}',
  oldRegime: 'mẫu cũ, cho hồ sơ tiếp nhận trước ngày 01/7/2025',
  agencyMissing: 'Chưa khai báo tên cơ quan: phần đầu biểu mẫu sẽ để trống.',
  openSettings: 'Vào Cài đặt',
  unknownForm: 'Không có biểu mẫu này.',
  unknownDossier: 'Không tìm thấy hồ sơ này trên thiết bị.',
  unknownVisit: 'Không tìm thấy lượt tiếp công dân này trên thiết bị.',
  unknownEvent: 'Hồ sơ này không có yêu cầu bổ sung nào như vậy.',
  badHistory: 'Không đọc được lịch sử của hồ sơ: {{message}}',
  notGuidance: 'Lượt tiếp công dân này không kết thúc bằng hướng dẫn bổ sung hồ sơ, nên không có Phiếu yêu cầu bổ sung.',
  notRefusalVisit: 'Lượt tiếp công dân này không kết thúc bằng từ chối tiếp nhận, nên không có Phiếu từ chối.',
  notRefused: 'Hồ sơ này không bị từ chối giải quyết, nên không có Phiếu từ chối.',
  notApologised: 'Hồ sơ này chưa có văn bản xin lỗi và hẹn lại ngày trả kết quả.',
  notStopped: 'Hồ sơ này không có đề nghị dừng giải quyết của công dân.',
  period: 'Kỳ của sổ',
  from: 'Từ ngày',
  to: 'Đến ngày',
  show: 'Xem sổ',
  thisMonth: 'Tháng này',
  lastMonth: 'Tháng trước',
  periodMissing: 'Chọn ngày bắt đầu và ngày kết thúc của kỳ cần in.',
  periodInvalid: 'Ngày không hợp lệ.',
  periodReversed: 'Ngày kết thúc phải từ ngày bắt đầu trở đi.',
  periodTooLong: 'Mỗi lần in tối đa {{days}} ngày; hãy chia thành nhiều kỳ.',
  bookCount: '{{count}} hồ sơ trong kỳ',
  qrFailed: 'Không tạo được mã QR; mã hồ sơ vẫn in bằng chữ.',
};

export const en: typeof vi = {
  toolbar: 'Print tools',
  print: 'Print (Ctrl+P)',
  back: 'Back',
  loading: 'Preparing the form…',
  formInfo: '{{form}} under {{circular}}',
  oldRegime: 'old template, for dossiers received before 1 July 2025',
  agencyMissing: 'The agency name is not set: the top of the form will be blank.',
  openSettings: 'Open Settings',
  unknownForm: 'There is no such form.',
  unknownDossier: 'This dossier is not on this device.',
  unknownVisit: 'This visit is not on this device.',
  unknownEvent: 'This dossier has no such supplement request.',
  badHistory: "The dossier's history cannot be read: {{message}}",
  notGuidance: 'This visit did not end with guidance on missing papers, so it has no supplement form.',
  notRefusalVisit: 'This visit did not end with a refusal, so it has no refusal form.',
  notRefused: 'This dossier was not refused, so it has no refusal form.',
  notApologised: 'This dossier has no apology with a new appointment.',
  notStopped: "This dossier has no citizen's request to stop processing.",
  period: 'Book period',
  from: 'From',
  to: 'To',
  show: 'Show the book',
  thisMonth: 'This month',
  lastMonth: 'Last month',
  periodMissing: 'Choose the first and last day of the period to print.',
  periodInvalid: 'Invalid date.',
  periodReversed: 'The last day must not be before the first.',
  periodTooLong: 'At most {{days}} days per print; split it into several periods.',
  bookCount: '{{count}} dossiers in the period',
  qrFailed: 'The QR code could not be made; the dossier code still prints as text.',
};

// Loaded with this screen's chunk, not with the first screen.
registerMessages('print', { vi, en });
