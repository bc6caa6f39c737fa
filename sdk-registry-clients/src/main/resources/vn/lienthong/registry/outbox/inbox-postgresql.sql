-- LienThong receiver inbox (de-duplication by message id), PostgreSQL. Idempotent.
CREATE TABLE IF NOT EXISTS lt_inbox (
  message_id  VARCHAR(128) NOT NULL PRIMARY KEY,
  received_at TIMESTAMP WITH TIME ZONE NOT NULL
);
