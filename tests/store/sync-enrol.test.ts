import { describe, expect, it } from 'vitest';
import { getMeta, readSettings } from '../../src/store/settings';
import { readEnrolment, readEnrolmentInfo, readSyncState } from '../../src/store/syncState';
import { enrolDevice, EnrolError } from '../../src/sync/enrol';
import { TransportError, type SyncTransport } from '../../src/sync/transport';
import { freshDatabase } from './helpers';
import { COMMUNE, FakeHub } from './syncFakeHub';

const input = { hubUrl: 'https://hub.test/', username: 'canbo.tanphu', password: 'dung-mat-khau', deviceName: 'Máy tiếp nhận 2' };

async function enrolError(p: Promise<unknown>): Promise<EnrolError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof EnrolError) return error;
    throw error;
  }
  throw new Error('expected an EnrolError');
}

function failing(error: TransportError): SyncTransport {
  const fail = async () => {
    throw error;
  };
  return { enrol: fail, push: fail, pull: fail };
}

describe('enrolment', () => {
  it('stores the enrolment and writes the commune, the code range and the officer into the settings', async () => {
    const database = await freshDatabase({ configured: false });
    const hub = new FakeHub();
    const enrolment = await enrolDevice(database, hub.transport(), input, () => hub.time - 90 * 60_000);
    expect(enrolment.hubUrl).toBe('https://hub.test');
    expect(await readEnrolment(database)).toEqual(enrolment);
    // The screens see everything but the secret.
    expect(await readEnrolmentInfo(database)).not.toHaveProperty('credential');
    const settings = await readSettings(database);
    expect(settings).toMatchObject({
      agencyId: COMMUNE.agencyId,
      agencyName: COMMUNE.agencyName,
      parentAgencyName: COMMUNE.parentAgencyName,
      placeName: COMMUNE.placeName,
      sequenceScope: 'daily',
      officerId: 'officer-1',
      officerName: 'Trần Thị Cán Bộ',
    });
    expect(await getMeta('codeRange', database)).toEqual({ number: 1, first: 1, last: 1000 });
    // The clock offset is measured from the reply at once: the device is 90 minutes slow.
    expect((await readSyncState(database)).offsetMs).toBe(90 * 60_000);
    // Nothing secret in localStorage.
    expect(JSON.stringify({ ...localStorage })).not.toContain(enrolment.credential);
  });

  it('keeps the officer already set on the desk', async () => {
    const database = await freshDatabase(); // officer o1, Nguyễn Văn Cán Bộ
    await enrolDevice(database, new FakeHub().transport(), input);
    expect(await readSettings(database)).toMatchObject({ officerId: 'o1', officerName: 'Nguyễn Văn Cán Bộ' });
  });

  it('says plainly what went wrong: password, lock with the wait, no network, nonsense reply', async () => {
    const database = await freshDatabase({ configured: false });
    const hub = new FakeHub();
    const wrong = await enrolError(enrolDevice(database, hub.transport(), { ...input, password: 'sai' }));
    expect(wrong).toMatchObject({ code: 'bad-credentials', message: 'Sai tên đăng nhập hoặc mật khẩu.' });

    const locked = await enrolError(
      enrolDevice(database, failing(new TransportError('http', '', { code: 'account-locked', status: 423, retryAfter: 840 })), input),
    );
    expect(locked.code).toBe('account-locked');
    expect(locked.message).toMatch(/tạm khoá.*14 phút/);

    hub.offline = true;
    const offline = await enrolError(enrolDevice(database, hub.transport(), input));
    expect(offline.code).toBe('unreachable');
    expect(offline.message).toBe('Không kết nối được máy chủ tại https://hub.test. Hãy kiểm tra mạng và địa chỉ máy chủ rồi thử lại.');

    const nonsense = await enrolError(enrolDevice(database, failing(new TransportError('invalid-reply', 'x')), input));
    expect(nonsense.code).toBe('invalid-reply');
    expect(nonsense.message).toMatch(/không đúng giao thức/);
    // None of the failures stored anything.
    expect(await readEnrolment(database)).toBeNull();
    expect((await readSettings(database)).agencyId).toBe('');
  });
});
