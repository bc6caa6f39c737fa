-- Dossiers and everything hanging off them (owned by vn.lienthong.refapp.store). Runs on H2
-- (MODE=PostgreSQL) and PostgreSQL alike. No state lives only in one node's memory: several app
-- nodes may share one PostgreSQL. A dossier row is locked (SELECT ... FOR UPDATE) for every change
-- and row_version is checked and raised, so concurrent officers cannot lose an update.
-- The outbox, inbox, exchange log and dossier-code sequence tables belong to the SDK; the app
-- creates them at start with the SDK's own idempotent DDL (Outbox, InboxDeduplicator, ExchangeLog,
-- JdbcDossierSequenceSource).

CREATE TABLE dossier (
  code              VARCHAR(64)     NOT NULL PRIMARY KEY,
  procedure_code    VARCHAR(8)      NOT NULL,
  procedure_name    VARCHAR(500)    NOT NULL,
  form_name         VARCHAR(64)     NOT NULL,
  form_version      VARCHAR(16)     NOT NULL,
  form_data         VARCHAR(262144) NOT NULL,
  applicant_kind    VARCHAR(16)     NOT NULL,
  applicant_id      VARCHAR(16)     NOT NULL,
  applicant_name    VARCHAR(300)    NOT NULL,
  receiving_office  VARCHAR(5)      NOT NULL,
  competent_commune VARCHAR(5)      NOT NULL,
  channel           SMALLINT        NOT NULL,
  received_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  due_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  status            SMALLINT        NOT NULL,
  row_version       INTEGER         NOT NULL,
  updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX dossier_inbox_ix ON dossier (competent_commune, status, due_at);
CREATE INDEX dossier_applicant_ix ON dossier (applicant_id, received_at);

-- The status history (sdk-core Transition), in order.
CREATE TABLE dossier_transition (
  dossier_code  VARCHAR(64)   NOT NULL,
  seq           INTEGER       NOT NULL,
  transition_id VARCHAR(200)  NOT NULL,
  from_status   SMALLINT      NOT NULL,
  to_status     SMALLINT      NOT NULL,
  actor         VARCHAR(200)  NOT NULL,
  occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  reason        VARCHAR(4000),
  PRIMARY KEY (dossier_code, seq),
  CONSTRAINT dossier_transition_id_uk UNIQUE (dossier_code, transition_id)
);

-- Supplement requests (yêu cầu bổ sung); items as a JSON array of strings.
CREATE TABLE supplement_request (
  dossier_code   VARCHAR(64)   NOT NULL,
  seq            INTEGER       NOT NULL,
  transition_id  VARCHAR(200)  NOT NULL,
  requested_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  reason         VARCHAR(4000) NOT NULL,
  items          VARCHAR(65536) NOT NULL,
  remaining_days INTEGER       NOT NULL,
  answered_at    TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (dossier_code, seq)
);

-- Files (attachments, supplements, results): metadata here, bytes in chunks of at most 256 KiB in
-- stored_file_chunk, so every node reads the same bytes and no file system is shared.
CREATE TABLE stored_file (
  id           VARCHAR(64)  NOT NULL PRIMARY KEY,
  dossier_code VARCHAR(64)  NOT NULL,
  kind         VARCHAR(16)  NOT NULL,
  seq          INTEGER      NOT NULL,
  name         VARCHAR(255) NOT NULL,
  media_type   VARCHAR(255) NOT NULL,
  size_bytes   BIGINT       NOT NULL,
  sha256       CHAR(64)     NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT stored_file_seq_uk UNIQUE (dossier_code, kind, seq)
);
CREATE TABLE stored_file_chunk (
  file_id  VARCHAR(64) NOT NULL,
  chunk_no INTEGER     NOT NULL,
  data     BYTEA       NOT NULL,
  PRIMARY KEY (file_id, chunk_no)
);

-- Signed results (kết quả giải quyết), each pointing at its PDF in stored_file.
CREATE TABLE dossier_result (
  dossier_code VARCHAR(64)  NOT NULL,
  seq          INTEGER      NOT NULL,
  title        VARCHAR(500) NOT NULL,
  doc_number   VARCHAR(500),
  issued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  file_id      VARCHAR(64)  NOT NULL,
  PRIMARY KEY (dossier_code, seq)
);

-- Idempotency keys of submissions and deliveries: one row per (scope, key); the request's hash
-- tells a retry (same request: same answer) from a reuse (different request: refused).
CREATE TABLE idempotency_key (
  scope          VARCHAR(32)  NOT NULL,
  idem_key       VARCHAR(128) NOT NULL,
  request_sha256 CHAR(64)     NOT NULL,
  dossier_code   VARCHAR(64)  NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (scope, idem_key)
);

-- The per-dossier audit trail, hash-chained per dossier (entry_hash = SHA-256 over the previous
-- hash and the entry's fields), appended under the dossier's row lock.
CREATE TABLE dossier_event (
  dossier_code  VARCHAR(64)   NOT NULL,
  seq           INTEGER       NOT NULL,
  occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  actor         VARCHAR(200)  NOT NULL,
  event_type    VARCHAR(64)   NOT NULL,
  detail        VARCHAR(1000) NOT NULL,
  previous_hash CHAR(64)      NOT NULL,
  entry_hash    CHAR(64)      NOT NULL,
  PRIMARY KEY (dossier_code, seq)
);

-- Officers known to the app (from the officer SSO or the demo data) and their API bearer tokens,
-- stored as SHA-256 hashes only.
CREATE TABLE officer (
  officer_id  VARCHAR(64)   NOT NULL PRIMARY KEY,
  subject     VARCHAR(256)  NOT NULL,
  full_name   VARCHAR(300)  NOT NULL,
  agency_code VARCHAR(13)   NOT NULL,
  assignments VARCHAR(8000) NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE officer_token (
  token_sha256 CHAR(64)    NOT NULL PRIMARY KEY,
  officer_id   VARCHAR(64) NOT NULL,
  issued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX officer_token_expiry_ix ON officer_token (expires_at);
