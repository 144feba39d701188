import type { Migration } from './index';

/** Dossier events, the hub's derived dossiers, and what devices pull besides events. */
export const m002Sync: Migration = {
  version: 2,
  name: 'sync',
  sql: `
CREATE TABLE events (
  id uuid PRIMARY KEY,
  commune_id text NOT NULL REFERENCES communes(id),
  dossier_id uuid NOT NULL,
  seq bigint NOT NULL,
  hlc text NOT NULL,
  type text NOT NULL,
  device_id text NOT NULL,
  body jsonb NOT NULL,
  -- sha256 of the event's canonical JSON: a resent event is a duplicate, other content a conflict.
  body_hash text NOT NULL,
  received_at bigint NOT NULL,
  -- The sending device's clock was off by more than the tolerance when it sent this event.
  clock_flag boolean NOT NULL DEFAULT false,
  UNIQUE (commune_id, seq)
);
CREATE INDEX events_dossier ON events (dossier_id);

CREATE TABLE dossiers (
  id uuid PRIMARY KEY,
  commune_id text NOT NULL REFERENCES communes(id),
  code text NOT NULL,
  state jsonb,
  status text,
  conflicts jsonb NOT NULL DEFAULT '[]',
  updated_seq bigint NOT NULL
);
CREATE INDEX dossiers_commune ON dossiers (commune_id);

CREATE TABLE catalogue (
  province_id text PRIMARY KEY REFERENCES provinces(id),
  version text NOT NULL,
  procedures jsonb NOT NULL
);

CREATE TABLE holiday_lists (
  province_id text NOT NULL REFERENCES provinces(id),
  year integer NOT NULL,
  body jsonb NOT NULL,
  -- Same number on every list of the province: bumped for all when one changes.
  version integer NOT NULL,
  PRIMARY KEY (province_id, year)
);

CREATE TABLE holiday_versions (
  province_id text PRIMARY KEY REFERENCES provinces(id),
  version integer NOT NULL
);
`,
};
