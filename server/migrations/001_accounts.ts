import type { Migration } from './index';

/** Provinces, communes, accounts and enrolled devices with their code-slot leases. */
export const m001Accounts: Migration = {
  version: 1,
  name: 'accounts',
  sql: `
CREATE TABLE provinces (
  id text PRIMARY KEY,
  name text NOT NULL,
  agency_id text NOT NULL
);

CREATE TABLE communes (
  id text PRIMARY KEY,
  province_id text NOT NULL REFERENCES provinces(id),
  name text NOT NULL,
  agency_id text NOT NULL UNIQUE,
  agency_name text NOT NULL,
  parent_agency_name text NOT NULL,
  place_name text NOT NULL,
  address text NOT NULL,
  sequence_scope text NOT NULL DEFAULT 'daily' CHECK (sequence_scope IN ('daily', 'yearly')),
  slot_size integer NOT NULL DEFAULT 500,
  -- Bumped inside every transaction that writes events of the commune: orders its writers and
  -- numbers its events in commit order (the pull cursor).
  change_seq bigint NOT NULL DEFAULT 0,
  -- Changed when the commune's history is rebuilt: every device must pull again from the start.
  generation integer NOT NULL DEFAULT 1,
  -- Bumped when the details above change, so devices pull them again.
  info_version integer NOT NULL DEFAULT 1
);

CREATE TABLE accounts (
  id text PRIMARY KEY,
  username text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('officer', 'province')),
  commune_id text REFERENCES communes(id),
  province_id text NOT NULL REFERENCES provinces(id),
  CHECK ((role = 'officer') = (commune_id IS NOT NULL))
);

-- Failed logins per username (known or not, so that a lockout does not reveal which names exist),
-- in the database so that every hub process shares them.
CREATE TABLE login_throttle (
  username text PRIMARY KEY,
  failed integer NOT NULL DEFAULT 0,
  next_attempt_at bigint NOT NULL DEFAULT 0,
  locked_until bigint NOT NULL DEFAULT 0
);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  account_id text NOT NULL REFERENCES accounts(id),
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL
);

CREATE TABLE devices (
  id text PRIMARY KEY,
  commune_id text NOT NULL REFERENCES communes(id),
  account_id text NOT NULL REFERENCES accounts(id),
  name text NOT NULL,
  credential_hash text NOT NULL UNIQUE,
  slot_number integer NOT NULL,
  seq_first integer NOT NULL,
  seq_last integer NOT NULL,
  enrolled_at bigint NOT NULL,
  revoked_at bigint,
  revoked_by text,
  last_seen_at bigint,
  clock_skew_ms bigint
);
CREATE INDEX devices_commune ON devices (commune_id);

-- Every code-slot lease ever given: a revoked device's range stays blocked until the next day (or
-- year), even if the device enrols again with a new range.
CREATE TABLE slot_leases (
  id bigserial PRIMARY KEY,
  commune_id text NOT NULL REFERENCES communes(id),
  device_id text NOT NULL REFERENCES devices(id),
  slot_number integer NOT NULL,
  seq_first integer NOT NULL,
  seq_last integer NOT NULL,
  leased_at bigint NOT NULL,
  revoked_on text
);
CREATE INDEX slot_leases_commune ON slot_leases (commune_id);
`,
};
