-- Flyway numbering: V1 baseline; V2-V49 storage and dossiers; V50-V69 web sessions;
-- V70-V89 documents. Scripts must run on both H2 (MODE=PostgreSQL) and PostgreSQL.
CREATE TABLE app_info (
  info_key   VARCHAR(64)  NOT NULL PRIMARY KEY,
  info_value VARCHAR(512) NOT NULL
);
INSERT INTO app_info (info_key, info_value) VALUES ('schema', 'lienthong-reference-app');
