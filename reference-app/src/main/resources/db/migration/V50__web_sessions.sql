-- Server-side web sessions, shared by every app node on one database (issue 6).
-- The cookie carries a random token; only its SHA-256 is stored, so a copy of this table opens
-- no session. Times are epoch milliseconds (UTC) to behave the same on H2 and PostgreSQL.
CREATE TABLE web_session (
  id_hash        VARCHAR(64)   NOT NULL PRIMARY KEY,
  csrf_token     VARCHAR(64)   NOT NULL,
  principal      VARCHAR(8000),
  pending_login  VARCHAR(8000),
  created_at     BIGINT        NOT NULL,
  last_seen_at   BIGINT        NOT NULL,
  expires_at     BIGINT        NOT NULL
);
CREATE INDEX web_session_expires ON web_session (expires_at);
