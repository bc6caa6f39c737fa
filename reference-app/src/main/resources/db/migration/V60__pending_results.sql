-- Results signed by the approver that wait for the clerk's agency seal (owned by
-- vn.lienthong.refapp.store.PendingResultStore). Approval (status 4 -> 9) writes one row and the
-- approver-signed PDF (stored_file kind 'approved'); the clerk's seal step writes the sealed PDF as
-- a dossier_result and deletes the row, both under the dossier's row lock. A dossier in status 9
-- with no dossier_result is awaiting the seal.
CREATE TABLE pending_result (
  dossier_code VARCHAR(64)  NOT NULL PRIMARY KEY,
  title        VARCHAR(500) NOT NULL,
  doc_number   VARCHAR(500),
  approved_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  approver_id  VARCHAR(64)  NOT NULL,
  file_id      VARCHAR(64)  NOT NULL
);
