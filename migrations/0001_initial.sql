-- SecureBase schema 1: practice settings, the keyring copy, clients and the audit log.
-- Applied in one transaction; PRAGMA user_version is set by the migration runner.

CREATE TABLE practice_settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- A copy of keyring.json, so that a backup of practice.db carries its key slots.
CREATE TABLE keyring_copy (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    json       TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE clients (
    id                             INTEGER PRIMARY KEY,
    code                           TEXT NOT NULL UNIQUE COLLATE NOCASE,
    legal_name                     TEXT NOT NULL CHECK (length(legal_name) > 0),
    preferred_name                 TEXT NOT NULL DEFAULT '',
    pronouns                       TEXT NOT NULL DEFAULT '',
    date_of_birth                  TEXT NOT NULL DEFAULT '',
    phone                          TEXT NOT NULL DEFAULT '',
    email                          TEXT NOT NULL DEFAULT '',
    address                        TEXT NOT NULL DEFAULT '',
    emergency_contact_name         TEXT NOT NULL DEFAULT '',
    emergency_contact_phone        TEXT NOT NULL DEFAULT '',
    emergency_contact_relationship TEXT NOT NULL DEFAULT '',
    referral_source                TEXT NOT NULL DEFAULT '',
    presenting_concerns            TEXT NOT NULL DEFAULT '',
    relationship_status            TEXT NOT NULL DEFAULT 'unspecified',
    partner_id                     INTEGER REFERENCES clients(id) ON DELETE SET NULL,
    status                         TEXT NOT NULL DEFAULT 'active'
                                   CHECK (status IN ('active', 'paused', 'discharged')),
    intake_date                    TEXT NOT NULL DEFAULT '',
    discharge_date                 TEXT NOT NULL DEFAULT '',
    notes                          TEXT NOT NULL DEFAULT '',
    -- Folded (case, accents, compatibility forms) by the C++ core, so search and sorting work
    -- the same in every script; see core/text_fold.h.
    search_text                    TEXT NOT NULL DEFAULT '',
    sort_key                       TEXT NOT NULL DEFAULT '',
    created_at                     TEXT NOT NULL,
    updated_at                     TEXT NOT NULL
);
CREATE INDEX clients_by_status_and_name ON clients (status, sort_key);
CREATE INDEX clients_by_partner ON clients (partner_id);

-- Append-only: each row's hash covers the previous row's hash (see storage/audit_log.cpp).
CREATE TABLE audit_events (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    subject   TEXT NOT NULL DEFAULT '',
    detail    TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE TRIGGER audit_events_are_never_changed BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;
CREATE TRIGGER audit_events_are_never_deleted BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;
