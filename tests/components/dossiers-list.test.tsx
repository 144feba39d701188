import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../src/app/App';
import { db } from '../../src/store/db';
import { toDossierRow, type DossierRow } from '../../src/store/dossierRow';
import { addDossierEvent } from '../../src/store/dossiers';
import { freshDatabase, vn } from '../store/helpers';
import { clockAt, receive } from './dossiers-fixtures';

function Address() {
  const location = useLocation();
  return <output data-testid="address">{location.pathname + location.search}</output>;
}

/** The app's routes, plus the address, to see that filters go into it. */
function renderList(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
      <Address />
    </MemoryRouter>,
  );
}

const rows = () => screen.queryAllByRole('listitem').filter((li) => li.classList.contains('dossier-row'));
const count = () => screen.getByTestId('list-count');

let clientHeight: PropertyDescriptor | undefined;

beforeEach(() => {
  // jsdom lays nothing out: give the list's scroll box the height of a tablet screen.
  clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('dossier-scroll') ? 600 : 0;
    },
  });
});

afterEach(() => {
  vi.useRealTimers();
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});

describe('dossier list: filters', () => {
  beforeEach(async () => {
    await freshDatabase();
    // Thursday 26 Nov 2026, 10:00. Hoà: due Wed 25 (overdue, no apology). Bình: awaiting a
    // supplement. Cường: received today.
    clockAt('2026-11-26T10:00:00');
    await receive(vn('2026-11-20T09:00:00'), { name: 'Nguyễn Thị Hoà', idNumber: '001190012345' });
    const binh = await receive(vn('2026-11-23T09:00:00'), { name: 'Trần Văn Bình' });
    await receive(vn('2026-11-26T08:00:00'), { name: 'Lê Văn Cường' });
    await addDossierEvent(
      binh.id,
      { type: 'supplement-requested', items: [{ name: 'Giấy chứng sinh', originals: 1, copies: 0 }], reason: 'Thiếu giấy chứng sinh', requestedBy: 'desk' },
      vn('2026-11-24T09:00:00'),
    );
  });

  it('shows every dossier, newest first, each row a link with its dates and markers', async () => {
    renderList('/ho-so');
    await waitFor(() => expect(count().textContent).toBe('3 hồ sơ'));
    await waitFor(() => expect(rows()[2]?.textContent).toContain('Nguyễn Thị Hoà'));
    const links = rows().map((li) => within(li).getByRole('link'));
    expect(links.map((a) => a.textContent)).toEqual([
      expect.stringContaining('Lê Văn Cường'),
      expect.stringContaining('Trần Văn Bình'),
      expect.stringContaining('Nguyễn Thị Hoà'),
    ]);
    expect(links[0]!.getAttribute('href')).toMatch(/^\/ho-so\/[\w-]+$/);
    const hoa = links[2]!;
    expect(hoa.textContent).toContain('Nhận 20/11/2026');
    expect(hoa.textContent).toContain('Hẹn trả 25/11/2026');
    expect(within(hoa).getByText('Quá hạn')).toBeTruthy();
    expect(within(hoa).getByText('Chưa xin lỗi')).toBeTruthy();
    // Waiting for the citizen: the clock is paused, not overdue.
    expect(within(links[1]!).getByText('Tạm dừng')).toBeTruthy();
    expect(within(links[1]!).queryByText('Quá hạn')).toBeNull();
  });

  // 37 keystrokes typed one by one, each re-rendering the page in jsdom: more than the default 5 s
  // on a busy machine.
  it('searches as the officer types, without diacritics, and keeps the text in the address', async () => {
    const user = userEvent.setup();
    renderList('/ho-so');
    await waitFor(() => expect(rows()).toHaveLength(3));
    await user.type(screen.getByLabelText('Tìm theo tên người nộp, số định danh hoặc mã hồ sơ'), 'nguyen thi hoa');
    await waitFor(() => expect(rows()[0]?.textContent).toContain('Nguyễn Thị Hoà'));
    expect(count().textContent).toBe('1 hồ sơ');
    expect(screen.getByTestId('address').textContent).toBe('/ho-so?q=nguyen+thi+hoa');

    await user.clear(screen.getByLabelText('Tìm theo tên người nộp, số định danh hoặc mã hồ sơ'));
    await user.type(screen.getByLabelText('Tìm theo tên người nộp, số định danh hoặc mã hồ sơ'), '001190012345');
    // The address (and the search) follows the box when typing pauses; a slow run may search a
    // part of the number first.
    await waitFor(() => expect(screen.getByTestId('address').textContent).toBe('/ho-so?q=001190012345'));
    await waitFor(() => expect(count().textContent).toBe('1 hồ sơ'));
    await waitFor(() => expect(rows()[0]?.textContent).toContain('Nguyễn Thị Hoà'));

    await user.clear(screen.getByLabelText('Tìm theo tên người nộp, số định danh hoặc mã hồ sơ'));
    await user.type(screen.getByLabelText('Tìm theo tên người nộp, số định danh hoặc mã hồ sơ'), 'khong ai ca');
    await waitFor(() => expect(count().textContent).toBe('Không có hồ sơ nào khớp với bộ lọc.'));
    expect(rows()).toHaveLength(0);
  }, 20_000);

  it('filters by status into the address, and reads every filter back from it', async () => {
    const user = userEvent.setup();
    renderList('/ho-so');
    await waitFor(() => expect(rows()).toHaveLength(3));
    await user.selectOptions(screen.getByLabelText('Trạng thái'), 'awaiting-supplement');
    await waitFor(() => expect(count().textContent).toBe('1 hồ sơ'));
    await waitFor(() => expect(rows()[0]?.textContent).toContain('Trần Văn Bình'));
    expect(screen.getByTestId('address').textContent).toBe('/ho-so?trang-thai=awaiting-supplement');
  });

  it('opens on a queue from the home screen (?hang-doi=…) with the filter shown', async () => {
    renderList('/ho-so?hang-doi=overdueWithoutApology');
    await waitFor(() => expect(count().textContent).toBe('1 hồ sơ'));
    await waitFor(() => expect(rows()[0]?.textContent).toContain('Nguyễn Thị Hoà'));
    expect((screen.getByLabelText('Hàng đợi') as HTMLSelectElement).value).toBe('overdueWithoutApology');
  });

  it('combines a reloaded period and text, and clears everything at once', async () => {
    const user = userEvent.setup();
    renderList('/ho-so?tu=2026-11-23&den=2026-11-26&q=van');
    await waitFor(() => expect(count().textContent).toBe('2 hồ sơ'));
    expect((screen.getByLabelText('Tiếp nhận từ ngày') as HTMLInputElement).value).toBe('23/11/2026');
    expect((screen.getByLabelText('Tìm theo tên người nộp, số định danh hoặc mã hồ sơ') as HTMLInputElement).value).toBe('van');
    await user.click(screen.getByRole('button', { name: 'Xoá bộ lọc' }));
    await waitFor(() => expect(count().textContent).toBe('3 hồ sơ'));
    expect(screen.getByTestId('address').textContent).toBe('/ho-so');
    // The box follows the address it did not write itself.
    expect((screen.getByLabelText('Tìm theo tên người nộp, số định danh hoặc mã hồ sơ') as HTMLInputElement).value).toBe('');
  });

  it('says when a period ends before it starts', async () => {
    renderList('/ho-so?tu=2026-11-26&den=2026-11-20');
    expect(await screen.findByText('Ngày “đến” phải bằng hoặc sau ngày “từ”.')).toBeTruthy();
    expect(screen.getByLabelText('Đến ngày').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('dossier list: many dossiers', () => {
  const N = 2000;

  beforeEach(async () => {
    await freshDatabase();
    const template = toDossierRow(await receive(vn('2026-01-05T09:00:00'), { name: 'Mẫu' }));
    await db().dossiers.clear();
    const seeded: DossierRow[] = [];
    for (let i = 0; i < N; i++) {
      const receivedAt = vn('2026-01-05T09:00:00') + i * 3_600_000;
      seeded.push(
        toDossierRow({
          ...template,
          id: `d-${String(i).padStart(5, '0')}`,
          code: `000.00.53.H48-260105-${String(i).padStart(4, '0')}`,
          status: 'returned',
          applicant: { kind: 'person', name: `Người nộp ${i}` },
          receivedAt,
          dueAt: receivedAt + 5 * 86_400_000,
        }),
      );
    }
    await db().dossiers.bulkAdd(seeded);
  });

  it('puts only a window of rows in the page and reads only their records', async () => {
    const reads = vi.spyOn(db().dossiers, 'bulkGet');
    renderList('/ho-so');
    await waitFor(() => expect(count().textContent).toBe('2.000 hồ sơ'));
    await waitFor(() => expect(rows()[0]?.textContent).toContain('Người nộp 1999'));
    // 600 px of 84 px rows, plus a few either side for smooth scrolling.
    expect(rows().length).toBeGreaterThan(5);
    expect(rows().length).toBeLessThan(30);
    expect(rows()[0]!.getAttribute('aria-setsize')).toBe(String(N));
    expect(Math.max(...reads.mock.calls.map(([keys]) => keys.length))).toBeLessThan(30);

    // Scrolling half-way down brings that part of the list in, and only that part.
    const scroller = screen.getByTestId('dossier-scroll');
    scroller.scrollTop = 84 * 1000;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(rows().some((li) => li.textContent?.includes('Người nộp 999'))).toBe(true));
    expect(rows().some((li) => li.textContent?.includes('Người nộp 1999'))).toBe(false);
    expect(rows().length).toBeLessThan(30);
  });
});
