/**
 * An administrative procedure (thủ tục hành chính) as published in the national/provincial
 * catalogue — DOMAIN.md §5. Values that could not be confirmed from a public source are `null`,
 * never invented: the UI shows them as "chưa xác nhận".
 */

/** How a processing time limit is counted (DOMAIN.md §6). */
export type TimeUnit =
  /** ngày làm việc — counted on the working-day calendar, starting the day after receipt. */
  | 'working-days'
  /** ngày (calendar days) — starting the day after receipt, rolling over a rest day at the end. */
  | 'calendar-days'
  /** giờ làm việc — office hours only. */
  | 'working-hours'
  /** trong ngày — returned the same working day (with an optional cut-off time). */
  | 'within-day';

export interface TimeLimit {
  /** Number of units; `null` when not confirmed. For `within-day` it is 0 or null. */
  amount: number | null;
  unit: TimeUnit;
  /**
   * "HH:mm" — a dossier received after this time counts as received at the next working
   * day's opening (e.g. "15:00" for same-day certifications). Absent: no cut-off.
   */
  cutOff?: string | null;
  /** The catalogue's own wording, kept verbatim (e.g. "Trong ngày làm việc; nếu nộp sau 15 giờ…"). */
  text?: string;
}

/** Channels a dossier may come through (cách thức thực hiện). */
export type Channel = 'desk' | 'online' | 'postal';

export const CHANNELS: readonly Channel[] = ['desk', 'online', 'postal'];

export interface Fee {
  /** What is charged, e.g. "Lệ phí đăng ký khai sinh". */
  label: string;
  /** Amount in VND; `null` when it depends on the case or is not confirmed (see `text`). */
  amountVnd: number | null;
  /** The catalogue's wording, e.g. "2.000 đồng/trang; từ trang thứ 3 trở lên 1.000 đồng/trang". */
  text?: string;
}

export interface ChannelTerms {
  channel: Channel;
  /** `null` when this channel's limit is not confirmed. */
  timeLimit: TimeLimit | null;
  fees: Fee[];
  /** Free text from the catalogue about this channel. */
  note?: string;
}

export interface RequiredDocument {
  /** Document name as the catalogue lists it. */
  name: string;
  /** Number of originals (bản chính) required; `null` when not stated. */
  originals: number | null;
  /** Number of copies (bản sao) required; `null` when not stated. */
  copies: number | null;
  /** Form template it must follow, e.g. "Tờ khai đăng ký khai sinh (Mẫu ... TT 04/2024/TT-BTP)". */
  form?: string | null;
  /** Only to be shown (papers like ID cards shown for checking, not kept). */
  showOnly?: boolean;
  /** Optional documents do not block receipt when missing. Default: required. */
  optional?: boolean;
  note?: string;
}

/** A case (trường hợp) decides which documents are required. */
export interface DocumentCase {
  id: string;
  name: string;
  documents: RequiredDocument[];
}

/** Online service level since 2022 (replacing levels 1–4). */
export type OnlineLevel = 'full' /* toàn trình */ | 'partial' /* một phần */ | 'none';

/** The administrative level that decides the procedure. */
export type ProcedureLevel = 'commune' | 'province' | 'central';

export interface ProcedureSource {
  /** Public address the data came from. */
  url: string;
  /** Title of the page or legal document. */
  title: string;
  /** When the source was read (YYYY-MM-DD). */
  retrieved?: string;
}

export interface Procedure {
  /** Stable id: national code, or the province's suffixed code. */
  id: string;
  /** National code, e.g. "1.001193". */
  code: string;
  /** The province's instance code, e.g. "1.001193.000.00.00.H22", when known. */
  provincialCode?: string | null;
  name: string;
  level: ProcedureLevel;
  /** Field (lĩnh vực): name always, code (e.g. "G03-GD10") when confirmed. */
  field: { code: string | null; name: string };
  /** Publishing decision (quyết định công bố), e.g. "Quyết định 1872/QĐ-BTP ngày 04/7/2025". */
  publishingDecision?: string | null;
  /** Steps of the procedure (trình tự thực hiện), as short sentences. */
  steps?: string[];
  channels: ChannelTerms[];
  cases: DocumentCase[];
  /** Who may apply (đối tượng thực hiện). */
  applicants?: string | null;
  handlingAgency?: string | null;
  cooperatingAgencies?: string | null;
  /** Result (kết quả thực hiện). */
  result?: string | null;
  legalBasis: string[];
  conditions?: string | null;
  onlineLevel: OnlineLevel | null;
  /** Version of this record: the date from which these terms apply (YYYY-MM-DD). */
  effectiveFrom: string;
  sources: ProcedureSource[];
}

/** The terms of one channel, falling back to the desk's terms when the channel is not listed. */
export function termsForChannel(procedure: Procedure, channel: Channel): ChannelTerms | undefined {
  return (
    procedure.channels.find((c) => c.channel === channel) ??
    procedure.channels.find((c) => c.channel === 'desk') ??
    procedure.channels[0]
  );
}

/** A procedure's version key: a dossier keeps the version in force when it was received. */
export function procedureVersion(procedure: Procedure): string {
  return `${procedure.id}@${procedure.effectiveFrom}`;
}

/** Total fees in VND for a channel; `null` when any amount is unknown. */
export function totalFeeVnd(terms: ChannelTerms | undefined): number | null {
  if (!terms) return null;
  let sum = 0;
  for (const fee of terms.fees) {
    if (fee.amountVnd === null) return null;
    sum += fee.amountVnd;
  }
  return sum;
}
