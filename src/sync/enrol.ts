/**
 * Enrolling this device with the provincial hub: an officer's login gives a device credential, the
 * commune's details for the forms and the device's code range (protocol.ts enrolReplySchema).
 */
import type { MotcuaDatabase } from '../store/db';
import { recordClockOffset } from '../store/sync';
import { loadSettings } from '../store/settings';
import { saveEnrolment, type Enrolment } from '../store/syncState';
import { TransportError, type SyncTransport } from './transport';

export interface EnrolInput {
  hubUrl: string;
  username: string;
  password: string;
  deviceName: string;
}

export type EnrolErrorCode = 'bad-credentials' | 'account-locked' | 'unreachable' | 'invalid-reply' | 'refused';

export class EnrolError extends Error {
  readonly code: EnrolErrorCode;
  constructor(code: EnrolErrorCode, message: string) {
    super(message);
    this.name = 'EnrolError';
    this.code = code;
  }
}

/** "https://hub/" and "hub.example" alike → an origin fetch can use. */
export function normaliseHubUrl(text: string): string {
  const trimmed = text.trim().replace(/\/+$/, '');
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

function minutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

/** A failed enrolment in plain Vietnamese. */
export function describeEnrolFailure(error: unknown, hubUrl: string): EnrolError {
  if (error instanceof EnrolError) return error;
  if (error instanceof TransportError) {
    if (error.kind === 'offline' || error.kind === 'timeout') {
      return new EnrolError('unreachable', `Không kết nối được máy chủ tại ${hubUrl}. Hãy kiểm tra mạng và địa chỉ máy chủ rồi thử lại.`);
    }
    if (error.kind === 'invalid-reply') {
      return new EnrolError(
        'invalid-reply',
        `Địa chỉ ${hubUrl} có trả lời nhưng không đúng giao thức của máy chủ Một cửa (có thể sai địa chỉ, hoặc máy chủ đang lỗi). Chưa lưu gì.`,
      );
    }
    if (error.code === 'bad-credentials') return new EnrolError('bad-credentials', 'Sai tên đăng nhập hoặc mật khẩu.');
    if (error.code === 'account-locked') {
      const wait = error.retryAfter !== null ? ` Hãy thử lại sau khoảng ${minutes(error.retryAfter)} phút.` : '';
      return new EnrolError('account-locked', error.message || `Tài khoản đang tạm khoá do nhập sai mật khẩu nhiều lần.${wait}`);
    }
    if ((error.status ?? 0) >= 500) return new EnrolError('refused', 'Máy chủ đang gặp lỗi. Hãy thử lại sau ít phút.');
    return new EnrolError('refused', error.message || 'Máy chủ từ chối đăng ký thiết bị.');
  }
  return new EnrolError('refused', `Không lưu được đăng ký trên máy: ${error instanceof Error ? error.message : String(error)}`);
}

/**
 * Logs the officer in at the hub and stores the enrolment with the commune's details and the code
 * range (one transaction). Throws EnrolError with a message for the officer.
 */
export async function enrolDevice(
  database: MotcuaDatabase,
  transport: SyncTransport,
  input: EnrolInput,
  now: () => number = () => Date.now(),
): Promise<Enrolment> {
  const hubUrl = normaliseHubUrl(input.hubUrl);
  try {
    const settings = await loadSettings(database);
    const t0 = now();
    const reply = await transport.enrol({ username: input.username.trim(), password: input.password, deviceName: input.deviceName.trim(), deviceId: settings.deviceId });
    const t1 = now();
    if (reply.deviceId !== settings.deviceId) {
      // Every event already made carries this device's id; a credential for another id could send none of them.
      throw new TransportError('invalid-reply', 'Máy chủ cấp mã thiết bị khác với mã của máy này.');
    }
    const enrolment: Enrolment = {
      hubUrl,
      deviceId: reply.deviceId,
      deviceName: reply.deviceName,
      credential: reply.credential,
      commune: reply.commune,
      officer: reply.officer,
      codeSlot: reply.codeSlot,
      enrolledAt: t1,
    };
    await saveEnrolment(database, enrolment);
    await recordClockOffset(database, Math.round(reply.serverTime - (t0 + t1) / 2));
    return enrolment;
  } catch (error) {
    throw describeEnrolFailure(error, hubUrl);
  }
}
