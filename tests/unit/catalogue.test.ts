import { describe, expect, it } from 'vitest';
import { CATALOGUE_VERSION, procedures } from '../../src/data/catalogue/procedures';
import { CHANNELS, type TimeLimit } from '../../src/domain/procedure';

const UNITS = ['working-days', 'calendar-days', 'working-hours', 'within-day'];

function allTimeLimits(): { id: string; limit: TimeLimit }[] {
  return procedures.flatMap((p) =>
    p.channels.flatMap((c) => (c.timeLimit ? [{ id: `${p.id}/${c.channel}`, limit: c.timeLimit }] : [])),
  );
}

describe('commune catalogue integrity', () => {
  it('has a version and at least 40 procedures', () => {
    expect(CATALOGUE_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    expect(CATALOGUE_VERSION).toBe('2025-07-01.3');
    expect(procedures.length).toBeGreaterThanOrEqual(40);
  });

  it('covers several fields beyond civil status and certification', () => {
    const fields = new Set(procedures.map((p) => p.field.name));
    for (const name of [
      'Hộ tịch',
      'Chứng thực',
      'Nuôi con nuôi',
      'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)',
      'Đất đai',
      'Trồng trọt',
      'Hòa giải ở cơ sở',
      'Tôn giáo Chính phủ',
    ]) {
      expect(fields, name).toContain(name);
    }
    const byField = (name: string) => procedures.filter((p) => p.field.name === name).length;
    expect(byField('Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)')).toBeGreaterThanOrEqual(4);
  });

  it('keeps a time limit null (with an explanation) rather than guessing a unit', () => {
    for (const p of procedures) {
      for (const c of p.channels) {
        if (c.timeLimit === null) expect((c.note ?? '').trim().length, `${p.id}/${c.channel}`).toBeGreaterThan(0);
        else if (c.timeLimit.amount === null) expect((c.timeLimit.text ?? '').trim().length, `${p.id}/${c.channel}`).toBeGreaterThan(0);
      }
    }
  });

  it('has unique ids, equal to national codes of the form N.NNNNNN', () => {
    const ids = procedures.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of procedures) {
      expect(p.code, p.id).toMatch(/^[123]\.\d{6}$/);
      expect(p.id, p.code).toBe(p.code);
      expect(p.level, p.id).toBe('commune');
    }
  });

  it('cites at least one public source with an http(s) URL and a title', () => {
    for (const p of procedures) {
      expect(p.sources.length, p.id).toBeGreaterThanOrEqual(1);
      for (const s of p.sources) {
        expect(s.url, p.id).toMatch(/^https?:\/\/[^\s]+$/);
        expect(s.title.trim().length, p.id).toBeGreaterThan(0);
      }
    }
  });

  it('has a non-empty name, field name and effective date', () => {
    for (const p of procedures) {
      expect(p.name.trim().length, p.id).toBeGreaterThan(0);
      expect(p.field.name.trim().length, p.id).toBeGreaterThan(0);
      expect(p.effectiveFrom, p.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(p.effectiveFrom)), p.id).toBe(false);
    }
  });

  it('has at least one case with at least one document, with valid counts', () => {
    for (const p of procedures) {
      expect(p.cases.length, p.id).toBeGreaterThanOrEqual(1);
      const caseIds = p.cases.map((c) => c.id);
      expect(new Set(caseIds).size, p.id).toBe(caseIds.length);
      for (const c of p.cases) {
        expect(c.documents.length, `${p.id}/${c.id}`).toBeGreaterThanOrEqual(1);
        for (const d of c.documents) {
          expect(d.name.trim().length, `${p.id}/${c.id}`).toBeGreaterThan(0);
          for (const n of [d.originals, d.copies]) {
            if (n !== null) expect(Number.isInteger(n) && n >= 0, `${p.id}/${c.id}: ${d.name}`).toBe(true);
          }
        }
      }
    }
  });

  it('offers the desk channel, each channel at most once, and only known channels', () => {
    for (const p of procedures) {
      const chans = p.channels.map((c) => c.channel);
      expect(chans, p.id).toContain('desk');
      expect(new Set(chans).size, p.id).toBe(chans.length);
      for (const c of chans) expect(CHANNELS, p.id).toContain(c);
    }
  });

  it('has time limits with a valid unit and a null or non-negative integer amount', () => {
    for (const { id, limit } of allTimeLimits()) {
      expect(UNITS, id).toContain(limit.unit);
      if (limit.amount !== null) expect(Number.isInteger(limit.amount) && limit.amount >= 0, id).toBe(true);
      if (limit.unit === 'within-day') expect([0, null], id).toContain(limit.amount);
      if (limit.cutOff != null) expect(limit.cutOff, id).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
    }
  });

  it('gives same-day civil-status and certification work the 15:00 cut-off', () => {
    const withinDay = allTimeLimits().filter(({ limit }) => limit.unit === 'within-day');
    expect(withinDay.length).toBeGreaterThan(0);
    for (const { id, limit } of withinDay) expect(limit.cutOff, id).toBe('15:00');
    const certification = procedures.find((p) => p.code === '2.000815');
    const desk = certification?.channels.find((c) => c.channel === 'desk');
    expect(desk?.timeLimit?.unit).toBe('within-day');
    expect(desk?.timeLimit?.cutOff).toBe('15:00');
  });

  it('has fees that are null or non-negative integers, with a label', () => {
    for (const p of procedures) {
      for (const c of p.channels) {
        for (const f of c.fees) {
          expect(f.label.trim().length, p.id).toBeGreaterThan(0);
          if (f.amountVnd !== null) expect(Number.isInteger(f.amountVnd) && f.amountVnd >= 0, `${p.id}: ${f.label}`).toBe(true);
          else expect((f.text ?? '').trim().length, `${p.id}: a null fee explains why`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('maps the well-known national codes to the right procedures', () => {
    const byCode = new Map(procedures.map((p) => [p.code, p]));
    const expected: Record<string, RegExp> = {
      '1.001193': /khai sinh/i,
      '1.000894': /kết hôn/i,
      '1.000656': /khai tử/i,
      '2.000815': /chứng thực bản sao từ bản chính/i,
      '2.000635': /bản sao trích lục hộ tịch/i,
      '2.000908': /bản sao từ sổ gốc/i,
      '2.000884': /chứng thực chữ ký/i,
      '1.004873': /xác nhận tình trạng hôn nhân/i,
      '2.001263': /nuôi con nuôi/i,
      '1.001612': /đăng ký thành lập hộ kinh doanh/i,
      '2.000720': /thay đổi nội dung đăng ký hộ kinh doanh/i,
      '1.001570': /tạm ngừng kinh doanh/i,
      '1.001266': /chấm dứt hoạt động hộ kinh doanh/i,
      '1.012812': /hòa giải tranh chấp đất đai/i,
      '1.008004': /đất trồng lúa/i,
      '2.000930': /thôi làm hòa giải viên/i,
      '2.000509': /đăng ký hoạt động tín ngưỡng/i,
    };
    for (const [code, pattern] of Object.entries(expected)) {
      const p = byCode.get(code);
      expect(p, code).toBeDefined();
      expect(p?.name, code).toMatch(pattern);
    }
    expect(byCode.get('1.001193')?.field.name).toBe('Hộ tịch');
    expect(byCode.get('2.000815')?.field.name).toBe('Chứng thực');
    expect(byCode.get('1.012812')?.field.name).toBe('Đất đai');
    expect(byCode.get('1.001612')?.handlingAgency).toMatch(/cấp xã/i);
  });

  it('keeps the known certification fee text (2.000 đồng/trang, tối đa 200.000 đồng/bản)', () => {
    const fee = procedures.find((p) => p.code === '2.000815')?.channels[0]?.fees[0];
    expect(fee?.text).toMatch(/2\.000 đồng\/trang/);
    expect(fee?.text).toMatch(/1\.000 đồng\/trang/);
    expect(fee?.text).toMatch(/200\.000 đồng\/bản/);
  });
});
