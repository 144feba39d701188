/** Mẫu 06: one row per hand-off of the dossier, derived from its history (DOMAIN.md §2, §3). */
import { describe, expect, it } from 'vitest';
import { receivedPayload } from '../fixtures';
import { formatHlc } from '../../src/domain/clock';
import type { DossierEvent, DossierEventPayload } from '../../src/domain/dossier/events';
import { DESK_UNIT } from '../../src/domain/dossier/lifecycle';
import { createDeskRules, DEFAULT_DESK_SETTINGS } from '../../src/domain/deskSettings';
import { controlRows } from '../../src/features/print/forms/controlRows';

const vn = (iso: string) => Date.parse(`${iso}+07:00`);
const rules = createDeskRules(DEFAULT_DESK_SETTINGS);
const ctx = { dueRules: rules.dueRules };
const DESK = 'Bộ phận tiếp nhận và trả kết quả';
const SPECIALIST = { kind: 'commune-specialist' as const, name: 'Công chức Tư pháp - Hộ tịch', person: 'Lê Văn Bình' };
const LEADER = { kind: 'leader' as const, name: 'Chủ tịch Ủy ban nhân dân xã', person: 'Vì Văn Hùng' };
const ITEM = { name: 'Bản sao giấy chứng tử', originals: 0, copies: 1 };

function history(rest: [string, DossierEventPayload][]): DossierEvent[] {
  let n = 0;
  const meta = (at: number) => ({ id: `e${++n}`, dossierId: 'd1', deviceId: 'dev', officerId: 'o1', officerName: 'Trần Văn Tiếp', hlc: formatHlc({ ms: at, counter: n, deviceId: 'dev' }), at });
  // Friday 20 Nov 2026 09:05, 3 working days: due Wednesday 25 Nov, 17:00.
  const receivedAt = vn('2026-11-20T09:05:00');
  return [
    {
      ...meta(receivedAt),
      ...receivedPayload({
        code: '000.00.53.H48-261120-0007',
        applicant: { kind: 'person', name: 'Nguyễn Thị Hồng', gender: 'female' },
        dueAt: rules.dueAt(receivedAt, { amount: 3, unit: 'working-days' }),
      }),
      terms: { ...receivedPayload({ dueAt: 0 }).terms, procedureName: 'Đăng ký khai tử' },
    },
    ...rest.map(([iso, payload]) => ({ ...meta(vn(iso)), ...payload }) as DossierEvent),
  ];
}

const summary = (events: DossierEvent[]) =>
  controlRows(events, ctx, DESK).map((r) => `${r.from.unit} → ${r.to.unit} | ${r.result ?? '-'} | ${r.note}`);

describe('control sheet rows', () => {
  it('has a row for every hand-off: transfer, supplement out and back, result back from the unit, return', () => {
    const events = history([
      ['2026-11-20T10:30:00', { type: 'transferred', from: DESK_UNIT, to: SPECIALIST }],
      ['2026-11-23T14:00:00', { type: 'supplement-requested', requestedBy: 'handler', items: [ITEM], reason: 'Bản sao không rõ.' }],
      ['2026-11-25T08:15:00', { type: 'supplement-supplied', items: [ITEM] }],
      ['2026-11-25T15:00:00', { type: 'transferred', from: SPECIALIST, to: LEADER }],
      ['2026-11-26T09:00:00', { type: 'approved', signer: 'Vì Văn Hùng' }],
      ['2026-11-26T10:00:00', { type: 'result-ready', resultNumber: '125/TLKT' }],
      ['2026-11-27T09:30:00', { type: 'returned', method: 'desk', recipient: 'Nguyễn Thị Hồng' }],
    ]);
    expect(summary(events)).toEqual([
      `Người nộp hồ sơ → ${DESK} | - | Tiếp nhận hồ sơ`,
      `${DESK} → Công chức Tư pháp - Hộ tịch | early | `,
      `Công chức Tư pháp - Hộ tịch → ${DESK} | early | Chuyển yêu cầu bổ sung hồ sơ`,
      `${DESK} → Người nộp hồ sơ | early | Yêu cầu bổ sung, hoàn thiện hồ sơ`,
      `Người nộp hồ sơ → ${DESK} | - | Nộp hồ sơ bổ sung`,
      `${DESK} → Công chức Tư pháp - Hộ tịch | early | Chuyển hồ sơ đã bổ sung`,
      `Công chức Tư pháp - Hộ tịch → Chủ tịch Ủy ban nhân dân xã | early | `,
      // The pause (Mon 14:00 → Wed 08:15) moved the due date to Friday 27 Nov: all early.
      `Chủ tịch Ủy ban nhân dân xã → ${DESK} | early | Chuyển kết quả giải quyết (số 125/TLKT)`,
      `${DESK} → Người nhận kết quả | early | Trả kết quả tại bộ phận một cửa`,
    ]);
    const rows = controlRows(events, ctx, DESK);
    expect(rows[2]!.from.person).toBe('Lê Văn Bình');
    expect(rows[4]!.from.person).toBe('Bà Nguyễn Thị Hồng');
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('does not invent a forward when the officer records it as a transfer, nor a hand-back at the desk', () => {
    const events = history([
      ['2026-11-20T09:30:00', { type: 'supplement-requested', requestedBy: 'desk', items: [ITEM], reason: 'Thiếu.' }],
      ['2026-11-23T08:00:00', { type: 'supplement-supplied', items: [ITEM] }],
      ['2026-11-23T09:00:00', { type: 'transferred', from: DESK_UNIT, to: SPECIALIST }],
    ]);
    expect(summary(events)).toEqual([
      `Người nộp hồ sơ → ${DESK} | - | Tiếp nhận hồ sơ`,
      `${DESK} → Người nộp hồ sơ | early | Yêu cầu bổ sung, hoàn thiện hồ sơ`,
      `Người nộp hồ sơ → ${DESK} | - | Nộp hồ sơ bổ sung`,
      `${DESK} → Công chức Tư pháp - Hộ tịch | early | `,
    ]);
  });

  it('judges each hand-off against the appointment in force then, and a late result as late', () => {
    const events = history([
      ['2026-11-20T10:30:00', { type: 'transferred', from: DESK_UNIT, to: SPECIALIST }],
      ['2026-11-25T16:00:00', { type: 'transferred', from: SPECIALIST, to: LEADER }],
      ['2026-11-26T10:00:00', { type: 'approved', signer: 'Vì Văn Hùng' }],
      ['2026-11-26T11:00:00', { type: 'result-ready' }],
      ['2026-11-30T08:00:00', { type: 'returned', method: 'postal', recipient: 'Nguyễn Thị Hồng', postalTracking: 'EB123456789VN' }],
    ]);
    const rows = controlRows(events, ctx, DESK);
    expect(rows.map((r) => r.result)).toEqual([null, 'early', 'on-time', 'late', 'late']);
    expect(rows.at(-1)!.note).toBe('Gửi kết quả qua dịch vụ bưu chính, số hiệu bưu gửi EB123456789VN');
  });

  it('a refusal while a unit holds the dossier comes back to the desk; a stop goes back to the citizen', () => {
    const refused = history([
      ['2026-11-20T10:30:00', { type: 'transferred', from: DESK_UNIT, to: SPECIALIST }],
      ['2026-11-23T09:00:00', { type: 'refused', reasons: 'Không đủ điều kiện.' }],
    ]);
    expect(summary(refused).at(-1)).toBe(`Công chức Tư pháp - Hộ tịch → ${DESK} | early | Trả hồ sơ, từ chối giải quyết`);
    const stopped = history([['2026-11-23T09:00:00', { type: 'withdrawn', kind: 'stopped', reason: 'Không cần nữa.' }]]);
    expect(summary(stopped).at(-1)).toBe(`${DESK} → Người nộp hồ sơ | - | Dừng giải quyết theo đề nghị`);
  });
});
