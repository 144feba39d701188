import type { CommuneInfo } from '../src/sync/protocol';
import { vnDate } from '../src/domain/calendar/vnTime';

export interface CommuneRow {
  id: string;
  name: string;
  agency_id: string;
  agency_name: string;
  parent_agency_name: string;
  place_name: string;
  address: string;
  sequence_scope: 'daily' | 'yearly';
}

export function communeInfo(row: CommuneRow): CommuneInfo {
  return {
    id: row.id,
    name: row.name,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    parentAgencyName: row.parent_agency_name,
    placeName: row.place_name,
    address: row.address,
    sequenceScope: row.sequence_scope,
  };
}

/** The commune's calendar date now ('YYYY-MM-DD', Vietnam time): code-slot leases are per day. */
export function vnToday(now: number): string {
  return vnDate(now);
}
