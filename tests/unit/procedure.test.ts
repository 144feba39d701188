import { describe, expect, it } from 'vitest';
import { termsForChannel, totalFeeVnd, type Procedure } from '../../src/domain/procedure';

const base: Procedure = {
  id: 'x',
  code: '2.000815',
  name: 'Chứng thực bản sao từ bản chính',
  level: 'commune',
  field: { code: null, name: 'Chứng thực' },
  channels: [
    { channel: 'desk', timeLimit: { amount: 0, unit: 'within-day', cutOff: '15:00' }, fees: [{ label: 'Lệ phí', amountVnd: 2000 }] },
  ],
  cases: [],
  legalBasis: [],
  onlineLevel: 'partial',
  effectiveFrom: '2025-07-01',
  sources: [],
};

describe('procedure terms', () => {
  it('falls back to the desk terms for a channel the catalogue does not list', () => {
    expect(termsForChannel(base, 'postal')?.channel).toBe('desk');
  });
  it('adds up fees, and gives null when one amount is unknown', () => {
    expect(totalFeeVnd(termsForChannel(base, 'desk'))).toBe(2000);
    const unknown = { ...base, channels: [{ channel: 'desk' as const, timeLimit: null, fees: [{ label: 'a', amountVnd: null }] }] };
    expect(totalFeeVnd(termsForChannel(unknown, 'desk'))).toBeNull();
  });
});
