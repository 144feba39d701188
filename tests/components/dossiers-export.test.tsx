/**
 * The dossier list's export: the table handed to the exporter holds every dossier the filters
 * match, in the list's order — not only the rows the virtualised list has on screen.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../src/app/App';
import type { ExportTable } from '../../src/features/export/types';
import { freshDatabase, vn } from '../store/helpers';
import { clockAt, receive } from './dossiers-fixtures';

const exported = vi.hoisted(() => [] as { table: ExportTable; format: string }[]);

vi.mock('../../src/features/export/exportTable', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/features/export/exportTable')>();
  return {
    ...actual,
    exportTable: vi.fn(async (table: ExportTable, format: 'xlsx' | 'csv') => {
      exported.push({ table, format });
      return `${table.fileName}.${format}`;
    }),
  };
});

let clientHeight: PropertyDescriptor | undefined;

beforeEach(async () => {
  exported.length = 0;
  clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('dossier-scroll') ? 600 : 0;
    },
  });
  await freshDatabase();
  clockAt('2026-11-27T10:00:00');
  // 30 dossiers from 20 to 25 November (far more than the ~14 rows the list draws), 3 on the 26th.
  for (let i = 0; i < 30; i++) {
    const day = 20 + (i % 6);
    await receive(vn(`2026-11-${day}T${String(8 + Math.floor(i / 6)).padStart(2, '0')}:00:00`), { name: `Nguyễn Văn Số ${i + 1}` });
  }
  for (let i = 0; i < 3; i++) await receive(vn(`2026-11-26T0${7 + i}:00:00`), { name: `Lê Thị Khác ${i + 1}` });
});

afterEach(() => {
  vi.useRealTimers();
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});

describe('dossier list export', () => {
  it('hands every filtered dossier to the exporter, in list order, with the agreed columns', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter initialEntries={['/ho-so?tu=2026-11-20&den=2026-11-25']}>
        <AppRoutes />
      </MemoryRouter>,
    );
    // The screen is a lazy chunk: its first load in a fresh test file takes a moment.
    await waitFor(() => expect(screen.getByTestId('list-count').textContent).toBe('30 hồ sơ'), { timeout: 15_000 });
    const drawn = screen.queryAllByRole('listitem').filter((li) => li.classList.contains('dossier-row'));
    expect(drawn.length).toBeLessThan(30);
    const links = () => screen.queryAllByRole('listitem').filter((li) => li.classList.contains('dossier-row'));
    await waitFor(() => expect(links()[0]?.textContent).toContain('Nguyễn Văn Số'));

    await user.click(screen.getByRole('button', { name: 'Tải Excel (.xlsx)' }));
    await waitFor(() => expect(exported).toHaveLength(1));
    const { table, format } = exported[0]!;
    expect(format).toBe('xlsx');
    expect(table.fileName).toBe('ho-so-2026-11-27');
    const sheet = table.sheets[0]!;
    expect(sheet.columns.map((c) => c.header)).toEqual([
      'Mã hồ sơ',
      'Thủ tục',
      'Lĩnh vực',
      'Người nộp',
      'Số định danh',
      'Địa chỉ',
      'Điện thoại',
      'Kênh',
      'Ngày nhận',
      'Hẹn trả',
      'Trạng thái',
      'Ngày có kết quả',
      'Kết quả (trước/đúng/quá hạn)',
      'Đã xin lỗi',
    ]);
    expect(sheet.rows).toHaveLength(30);
    const names = sheet.rows.map((r) => r[3]);
    expect(new Set(names)).toEqual(new Set(Array.from({ length: 30 }, (_, i) => `Nguyễn Văn Số ${i + 1}`)));
    // Newest first, as on screen: the first line drawn is the first exported.
    expect(links()[0]!.textContent).toContain(String(names[0]));
    const received = sheet.rows.map((r) => (r[8] as Date).getTime());
    expect(received).toEqual([...received].sort((a, b) => b - a));
    expect(sheet.title).toContain('Bộ lọc: Tiếp nhận từ ngày 20/11/2026 đến ngày 25/11/2026');
    await screen.findByText('Đã tạo tệp ho-so-2026-11-27.xlsx.');

    await user.click(screen.getByRole('button', { name: 'Tải CSV' }));
    await waitFor(() => expect(exported).toHaveLength(2));
    expect(exported[1]!.format).toBe('csv');
    expect(exported[1]!.table.sheets[0]!.rows).toHaveLength(30);
  }, 30_000);
});

describe('export buttons', () => {
  it('waits while a file is built, and says in plain Vietnamese when it cannot be', async () => {
    const { ExportButtons } = await import('../../src/features/export');
    const { ExportError } = await import('../../src/features/export/exportTable');
    const user = userEvent.setup();
    let release: (t: ExportTable) => void = () => undefined;
    const pending = new Promise<ExportTable>((resolve) => (release = resolve));
    const { unmount } = render(<ExportButtons getTable={() => pending} />);
    await user.click(screen.getByRole('button', { name: 'Tải CSV' }));
    expect(screen.getByRole('status').textContent).toBe('Đang tạo tệp…');
    expect((screen.getByRole('button', { name: 'Tải Excel (.xlsx)' }) as HTMLButtonElement).disabled).toBe(true);
    release({ fileName: 'x', sheets: [] });
    await screen.findByText('Đã tạo tệp x.csv.');
    unmount();

    const failing = vi.mocked((await import('../../src/features/export/exportTable')).exportTable);
    failing.mockRejectedValueOnce(new ExportError('load', 'offline'));
    render(<ExportButtons getTable={() => ({ fileName: 'x', sheets: [] })} />);
    await user.click(screen.getByRole('button', { name: 'Tải Excel (.xlsx)' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Không tải được phần tạo tệp Excel: máy chưa tải xong để dùng khi mất mạng. Hãy kết nối mạng rồi thử lại, hoặc tải tệp CSV.',
    );
    expect((screen.getByRole('button', { name: 'Tải CSV' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
