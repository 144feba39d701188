/**
 * The sync protocol between a desk device and the provincial hub, written once and imported by
 * both sides (docs/sync-protocol.md explains it for a province that writes its own hub). Every
 * request body and every reply is checked against these schemas: the hub refuses what does not
 * match with a 4xx naming the field, the app refuses a reply that does not match instead of
 * storing half of it.
 *
 * Plain data only: no Dexie, no fetch, no Node. valibot (small, tree-shaken) — see
 * docs/dependencies.md.
 */
import * as v from 'valibot';
import type { DossierEvent } from '../domain/dossier/events';

export const PROTOCOL_VERSION = 1;
export const API_PREFIX = '/api/v1';

/** Limits, so that one request can neither exhaust the hub nor take minutes on a slow link. */
export const LIMITS = {
  /** Events in one push. A batch of ~50 received events is ~25 KB gzip: a few seconds at 256 kbit/s. */
  pushEvents: 500,
  /** Events in one page of a pull. */
  pullEvents: 1000,
  /** A request body, after decompression. */
  bodyBytes: 4 * 1024 * 1024,
  /** A short text (names, codes, titles). */
  shortText: 300,
  /** A long text (notes, reasons, addresses). */
  longText: 4000,
} as const;

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

const shortText = v.pipe(v.string(), v.maxLength(LIMITS.shortText, `Dài quá ${LIMITS.shortText} ký tự`));
const longText = v.pipe(v.string(), v.maxLength(LIMITS.longText, `Dài quá ${LIMITS.longText} ký tự`));
const optShort = v.nullish(shortText);
const optLong = v.nullish(longText);
/** Epoch milliseconds between 2000 and 2100. */
const instant = v.pipe(v.number(), v.integer('Phải là số nguyên'), v.minValue(946_684_800_000, 'Thời điểm trước năm 2000'), v.maxValue(4_102_444_800_000, 'Thời điểm sau năm 2100'));
const count = v.pipe(v.number(), v.integer('Phải là số nguyên'), v.minValue(0, 'Không được âm'), v.maxValue(10_000, 'Quá lớn'));
const money = v.nullish(v.pipe(v.number(), v.integer('Phải là số nguyên'), v.minValue(0, 'Không được âm'), v.maxValue(1e12, 'Quá lớn')));
const uuid = v.pipe(v.string(), v.uuid('Không phải mã UUID'));
/** HLC stamp, clock.ts: `ms:counter:deviceId`. */
export const hlcSchema = v.pipe(v.string(), v.maxLength(200, 'Dấu thời gian quá dài'), v.regex(/^\d{15}:[0-9a-z]{5}:[^\r\n]+$/, 'Dấu thời gian (HLC) không hợp lệ'));
const deviceIdSchema = v.pipe(v.string(), v.minLength(1, 'Thiếu mã thiết bị'), v.maxLength(100, 'Mã thiết bị quá dài'), v.regex(/^[^\r\n:]+$/, 'Mã thiết bị không hợp lệ'));
const date = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD'));

const channel = v.picklist(['desk', 'online', 'postal'], 'Kênh nộp không hợp lệ');
const returnMethod = v.picklist(['desk', 'postal', 'online'], 'Hình thức trả kết quả không hợp lệ');

const unitSchema = v.object({
  kind: v.picklist(['desk', 'commune-specialist', 'provincial-agency', 'vertical-sector', 'other-commune', 'leader'], 'Loại đơn vị không hợp lệ'),
  name: shortText,
  person: optShort,
});

const applicantSchema = v.object({
  kind: v.picklist(['person', 'organisation'], 'Loại người nộp không hợp lệ'),
  name: v.pipe(shortText, v.minLength(1, 'Thiếu tên người nộp')),
  idNumber: v.nullish(v.pipe(v.string(), v.regex(/^\d{12}$/, 'Số định danh phải có 12 chữ số'))),
  oldIdNumber: v.nullish(v.pipe(v.string(), v.regex(/^\d{9}$/, 'Số CMND cũ phải có 9 chữ số'))),
  dateOfBirth: v.nullish(date),
  gender: v.nullish(v.picklist(['male', 'female'])),
  taxCode: optShort,
  representative: optShort,
  address: optLong,
  phone: optShort,
  email: optShort,
});

const documentSchema = v.object({
  name: v.pipe(longText, v.minLength(1, 'Thiếu tên giấy tờ')),
  originals: count,
  copies: count,
  received: v.boolean(),
  shownOnly: v.optional(v.boolean()),
  attachmentIds: v.optional(v.pipe(v.array(shortText), v.maxLength(100))),
});

const timeLimitSchema = v.object({
  amount: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(10_000))),
  unit: v.picklist(['working-days', 'calendar-days', 'working-hours', 'within-day'], 'Đơn vị thời hạn không hợp lệ'),
  cutOff: v.nullish(v.pipe(v.string(), v.regex(/^\d{2}:\d{2}$/, 'Giờ phải có dạng HH:mm'))),
  text: v.optional(longText),
});

const termsSchema = v.object({
  procedureVersion: shortText,
  procedureId: shortText,
  procedureCode: shortText,
  procedureName: longText,
  fieldCode: optShort,
  fieldName: longText,
  timeLimit: v.nullable(timeLimitSchema),
  formRegime: v.picklist(['tt01-2018', 'tt03-2025']),
});

const supplementItem = v.object({
  name: v.pipe(longText, v.minLength(1, 'Thiếu tên giấy tờ')),
  originals: count,
  copies: count,
  photocopies: v.optional(count),
  note: optLong,
});

const pauseEnd = {
  resumedDueAt: v.optional(instant),
  resumedApologyDueAt: v.nullish(instant),
};

const meta = {
  id: uuid,
  dossierId: uuid,
  deviceId: deviceIdSchema,
  officerId: v.pipe(v.string(), v.maxLength(100)),
  officerName: v.optional(shortText),
  hlc: hlcSchema,
  at: instant,
};

/** One dossier event as it travels (events.ts `DossierEvent`). */
export const eventSchema = v.variant(
  'type',
  [
    v.object({
      ...meta,
      type: v.literal('received'),
      code: v.pipe(v.string(), v.regex(/^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4}$/, 'Mã hồ sơ không đúng dạng 000.00.00.H00-yyMMdd-0000')),
      terms: termsSchema,
      caseId: v.nullable(shortText),
      channel,
      applicant: applicantSchema,
      documents: v.pipe(v.array(documentSchema), v.maxLength(100, 'Quá 100 giấy tờ')),
      sets: v.pipe(v.number(), v.integer(), v.minValue(1, 'Số bộ hồ sơ phải từ 1'), v.maxValue(1000)),
      feeVnd: money,
      returnMethod,
      returnAddress: optLong,
      dueAt: instant,
      apologyDueAt: v.nullish(instant),
      bookEntry: optShort,
      note: optLong,
    }),
    v.object({ ...meta, type: v.literal('transferred'), from: unitSchema, to: unitSchema, note: optLong }),
    v.object({
      ...meta,
      type: v.literal('appraised'),
      conclusion: v.picklist(['eligible', 'needs-supplement', 'not-eligible']),
      note: optLong,
      by: v.nullish(unitSchema),
    }),
    v.object({
      ...meta,
      type: v.literal('supplement-requested'),
      items: v.pipe(v.array(supplementItem), v.minLength(1, 'Thiếu giấy tờ cần bổ sung'), v.maxLength(100)),
      reason: longText,
      requestedBy: v.picklist(['desk', 'handler']),
      clockPaused: v.optional(v.boolean()),
      by: v.nullish(unitSchema),
    }),
    v.object({ ...meta, ...pauseEnd, type: v.literal('supplement-supplied'), items: v.pipe(v.array(supplementItem), v.maxLength(100)), note: optLong }),
    v.object({ ...meta, ...pauseEnd, type: v.literal('refused'), reasons: longText }),
    v.object({ ...meta, type: v.literal('approved'), signer: shortText, signerTitle: optShort, note: optLong }),
    v.object({ ...meta, type: v.literal('result-ready'), resultNumber: optShort, note: optLong, by: v.nullish(unitSchema) }),
    v.object({
      ...meta,
      type: v.literal('returned'),
      method: returnMethod,
      recipient: shortText,
      postalTracking: optShort,
      feeCollectedVnd: money,
    }),
    v.object({ ...meta, ...pauseEnd, type: v.literal('withdrawn'), kind: v.picklist(['withdrawn', 'stopped']), reason: longText }),
    v.object({ ...meta, type: v.literal('apologised'), reason: longText, newDueAt: instant, by: optShort }),
    v.object({
      ...meta,
      type: v.literal('rated'),
      level: v.picklist(['very-satisfied', 'satisfied', 'acceptable', 'not-satisfied']),
      comment: optLong,
    }),
    v.object({ ...meta, type: v.literal('noted'), text: longText }),
    v.object({ ...meta, type: v.literal('conflict-resolved'), eventId: uuid, note: longText }),
  ],
  'Loại sự kiện không hợp lệ',
);

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/** Stable codes; `message` is plain Vietnamese for the officer. */
export type ErrorCode =
  | 'bad-request' // body or parameters do not match the schema
  | 'body-too-large'
  | 'unsupported-encoding'
  | 'unauthenticated' // no or malformed credential
  | 'device-revoked'
  | 'bad-credentials'
  | 'account-locked'
  | 'forbidden' // the credential may not do this
  | 'not-found'
  | 'must-refetch' // the cursor is from another generation: start the pull over
  | 'internal';

export const errorSchema = v.object({
  error: v.object({
    code: v.string(),
    message: v.string(),
    /** Where in the body, for bad-request: "events.3.applicant.idNumber". */
    path: v.optional(v.string()),
    /** Seconds to wait (account-locked, too many attempts). */
    retryAfter: v.optional(v.number()),
  }),
});
export type ErrorReply = v.InferOutput<typeof errorSchema>;

// ---------------------------------------------------------------------------------------------
// Enrolment: POST /api/v1/devices/enrol (no credential; an officer's login)
// ---------------------------------------------------------------------------------------------

export const enrolRequestSchema = v.object({
  username: v.pipe(v.string(), v.minLength(1, 'Thiếu tên đăng nhập'), v.maxLength(100)),
  password: v.pipe(v.string(), v.minLength(1, 'Thiếu mật khẩu'), v.maxLength(200)),
  /** What the officer calls this device ("Máy tiếp nhận 2", "Máy tính bảng lưu động"). */
  deviceName: v.pipe(v.string(), v.minLength(1, 'Thiếu tên thiết bị'), v.maxLength(100)),
  /** The id the device already stamps its events with (settings.deviceId). */
  deviceId: deviceIdSchema,
});
export type EnrolRequest = v.InferOutput<typeof enrolRequestSchema>;

/** A range of the dossier code's sequence owned by one device for as long as it is enrolled. */
export const codeSlotSchema = v.object({
  /** 1-based number of the slot in the commune; names the tracking book's volume ("2026-2"). */
  number: v.pipe(v.number(), v.integer(), v.minValue(1)),
  first: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9999)),
  last: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9999)),
});
export type CodeSlot = v.InferOutput<typeof codeSlotSchema>;

/** What the forms print about the commune, and the rules the commune's devices share. */
export const communeSchema = v.object({
  id: v.string(),
  name: v.string(),
  agencyId: v.string(),
  /** "UBND XÃ …" at the top left of forms. */
  agencyName: v.string(),
  /** "TỈNH …" above it. */
  parentAgencyName: v.string(),
  /** Place in "…, ngày … tháng … năm …". */
  placeName: v.string(),
  address: v.string(),
  sequenceScope: v.picklist(['daily', 'yearly']),
});
export type CommuneInfo = v.InferOutput<typeof communeSchema>;

export const enrolReplySchema = v.object({
  deviceId: v.string(),
  deviceName: v.string(),
  /** Secret for every later request (Authorization: Bearer …). The hub keeps only its hash. */
  credential: v.string(),
  commune: communeSchema,
  officer: v.object({ id: v.string(), name: v.string() }),
  codeSlot: codeSlotSchema,
  serverTime: v.number(),
});
export type EnrolReply = v.InferOutput<typeof enrolReplySchema>;

// ---------------------------------------------------------------------------------------------
// Push: POST /api/v1/sync/push (device credential; body may be gzip)
// ---------------------------------------------------------------------------------------------

export const pushRequestSchema = v.object({
  /**
   * The events, in the device's order (the outbox's). Each one is checked on its own: the hub
   * validates every element with `eventSchema` itself so that one malformed event is refused
   * without refusing the others, hence `unknown` here.
   */
  events: v.pipe(v.array(v.unknown()), v.minLength(1, 'Không có sự kiện nào'), v.maxLength(LIMITS.pushEvents, `Quá ${LIMITS.pushEvents} sự kiện một lần`)),
  /** The device's wall clock when it sent the batch (its clock skew is measured from it). */
  sentAt: v.number(),
});
export type PushRequest = v.InferOutput<typeof pushRequestSchema>;

export type PushStatus = 'accepted' | 'duplicate' | 'refused';
/** Why an event was refused. `conflict`: the same id was stored before with other content. */
export type RefusalCode = 'invalid' | 'conflict' | 'wrong-device' | 'wrong-commune' | 'unknown-dossier' | 'duplicate-code' | 'clock-ahead';

export const pushResultSchema = v.object({
  /** The event's id; for an element that has no readable id, `#<index>`. */
  id: v.string(),
  status: v.picklist(['accepted', 'duplicate', 'refused']),
  code: v.optional(v.string()),
  message: v.optional(v.string()),
});
export type PushResult = v.InferOutput<typeof pushResultSchema>;

export const pushReplySchema = v.object({
  /** One result per event, in the order sent. */
  results: v.array(pushResultSchema),
  serverTime: v.number(),
});
export type PushReply = v.InferOutput<typeof pushReplySchema>;

// ---------------------------------------------------------------------------------------------
// Pull: GET /api/v1/sync/pull?cursor=…&limit=… (device credential)
// ---------------------------------------------------------------------------------------------

export const pullQuerySchema = v.object({
  /** Opaque; absent on the first pull. */
  cursor: v.optional(v.pipe(v.string(), v.maxLength(500, 'Con trỏ quá dài'))),
  limit: v.optional(
    v.pipe(v.string(), v.regex(/^\d{1,5}$/, 'limit phải là số'), v.transform(Number), v.minValue(1, 'limit phải từ 1'), v.maxValue(LIMITS.pullEvents, `limit tối đa ${LIMITS.pullEvents}`)),
  ),
});

export const holidayListSchema = v.object({
  year: v.number(),
  added: v.array(v.object({ date, name: v.string() })),
  removed: v.array(v.object({ date, name: v.optional(v.string()) })),
  makeUpWorkingDays: v.array(v.object({ date, name: v.optional(v.string()) })),
  source: v.optional(v.string()),
});

export const pullReplySchema = v.object({
  events: v.array(v.unknown()),
  /** The procedure catalogue when it changed since the cursor (the whole list): `Procedure[]`. */
  catalogue: v.optional(v.object({ version: v.string(), procedures: v.array(v.unknown()) })),
  /** The official days-off lists when they changed since the cursor. */
  holidays: v.optional(v.object({ version: v.number(), lists: v.array(holidayListSchema) })),
  /** The commune's details when they changed (name, address for the forms; sequence scope). */
  commune: v.optional(communeSchema),
  /** The device's code slot, repeated so a device restored from a backup learns it again. */
  codeSlot: codeSlotSchema,
  /** Pass back to get what follows. */
  cursor: v.string(),
  /** True when nothing is left after this page. */
  upToDate: v.boolean(),
  serverTime: v.number(),
});
export type PullReply = v.InferOutput<typeof pullReplySchema>;

// ---------------------------------------------------------------------------------------------
// Status: GET /api/v1/sync/status (device credential) — the cheapest real request to the hub
// ---------------------------------------------------------------------------------------------

export const statusReplySchema = v.object({
  deviceId: v.string(),
  communeId: v.string(),
  codeSlot: codeSlotSchema,
  serverTime: v.number(),
});

// ---------------------------------------------------------------------------------------------
// Staff: POST /api/v1/login → session for provincial staff (and officers on the hub's pages)
// ---------------------------------------------------------------------------------------------

export const loginRequestSchema = v.object({
  username: v.pipe(v.string(), v.minLength(1, 'Thiếu tên đăng nhập'), v.maxLength(100)),
  password: v.pipe(v.string(), v.minLength(1, 'Thiếu mật khẩu'), v.maxLength(200)),
});
export const loginReplySchema = v.object({
  token: v.string(),
  account: v.object({ id: v.string(), name: v.string(), role: v.picklist(['officer', 'province']), communeId: v.nullable(v.string()) }),
  expiresAt: v.number(),
});

export const deviceInfoSchema = v.object({
  id: v.string(),
  name: v.string(),
  communeId: v.string(),
  communeName: v.string(),
  enrolledBy: v.string(),
  enrolledAt: v.number(),
  lastSeenAt: v.nullable(v.number()),
  revokedAt: v.nullable(v.number()),
  codeSlot: codeSlotSchema,
  /** Last measured difference between the device's clock and the hub's (ms); null: never measured. */
  clockSkewMs: v.nullable(v.number()),
});
export type DeviceInfo = v.InferOutput<typeof deviceInfoSchema>;

/** Typed view of a validated event (the schema's output is structurally a DossierEvent). */
export function asDossierEvent(parsed: v.InferOutput<typeof eventSchema>): DossierEvent {
  return parsed as unknown as DossierEvent;
}

/** "events.3.applicant.idNumber" from a valibot issue. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((p) => String(p.key)).join('.');
}

/** The first issue of a failed parse as one plain sentence with its path. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): { message: string; path: string } {
  const first = issues[0];
  if (!first) return { message: 'Dữ liệu không hợp lệ', path: '' };
  const path = issuePath(first);
  return { message: path ? `${path}: ${first.message}` : first.message, path };
}
