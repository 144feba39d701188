import { registerMessages } from '../../app/i18n';

/** Texts of the export buttons (namespace "exports"); en has the same shape as vi. */
export const vi = {
  group: 'Xuất dữ liệu',
  xlsx: 'Tải Excel (.xlsx)',
  csv: 'Tải CSV',
  building: 'Đang tạo tệp…',
  done: 'Đã tạo tệp {{file}}.',
  loadFailed: 'Không tải được phần tạo tệp Excel: máy chưa tải xong để dùng khi mất mạng. Hãy kết nối mạng rồi thử lại, hoặc tải tệp CSV.',
  buildFailed: 'Không tạo được tệp. Dữ liệu trên máy không bị ảnh hưởng; hãy thử lại.',
  memory: 'Không tạo được tệp: máy không đủ bộ nhớ cho chừng ấy dòng. Hãy lọc bớt (theo ngày, thủ tục…) rồi xuất lại. Dữ liệu trên máy không bị ảnh hưởng.',
  empty: 'Không có dữ liệu để xuất.',
};

export const en: typeof vi = {
  group: 'Export',
  xlsx: 'Download Excel (.xlsx)',
  csv: 'Download CSV',
  building: 'Building the file…',
  done: 'File {{file}} created.',
  loadFailed: 'The Excel export could not be loaded: this device has not finished downloading for offline use. Connect and try again, or download the CSV.',
  buildFailed: 'The file could not be built. Nothing on the device was changed; try again.',
  memory: 'The file could not be built: not enough memory for that many rows. Narrow the filters (dates, procedure…) and export again. Nothing on the device was changed.',
  empty: 'There is nothing to export.',
};

registerMessages('exports', { vi, en });
