-- LienThong tamper-evident exchange log, H2 2.x. Idempotent. Entries are only ever inserted;
-- lt_exchange_log_head holds the last sequence number and hash, and its single row is the lock that
-- serialises appenders.
CREATE TABLE IF NOT EXISTS lt_exchange_log (
  seq            BIGINT        NOT NULL PRIMARY KEY,
  message_id     VARCHAR(128)  NOT NULL,
  client         VARCHAR(256)  NOT NULL,
  service        VARCHAR(256)  NOT NULL,
  logged_at      VARCHAR(40)   NOT NULL,
  status         VARCHAR(64)   NOT NULL,
  payload_sha256 CHAR(64)      NOT NULL,
  user_id        VARCHAR(128)  NOT NULL,
  note           VARCHAR(1024) NOT NULL,
  previous_hash  CHAR(64)      NOT NULL,
  entry_hash     CHAR(64)      NOT NULL
);
CREATE TABLE IF NOT EXISTS lt_exchange_log_head (
  id        INTEGER  NOT NULL PRIMARY KEY,
  last_seq  BIGINT   NOT NULL,
  last_hash CHAR(64) NOT NULL
);
INSERT INTO lt_exchange_log_head (id, last_seq, last_hash)
  SELECT 1, 0, '0000000000000000000000000000000000000000000000000000000000000000'
  WHERE NOT EXISTS (SELECT 1 FROM lt_exchange_log_head WHERE id = 1);
