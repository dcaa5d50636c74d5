-- Exposure check v2 (issue 15): how far the box was read, and what each forwarding rule says.
-- NULL in scans saved before: their stored form (and digest) stays what it was.
ALTER TABLE exposure_scan ADD COLUMN box_state TEXT CHECK (box_state IS NULL OR box_state IN ('complete', 'partial', 'not_checked'));
ALTER TABLE exposure_scan ADD COLUMN box_reason TEXT;
ALTER TABLE exposure_scan ADD COLUMN box_reason_text TEXT;
ALTER TABLE exposure_finding ADD COLUMN external_port INTEGER CHECK (external_port IS NULL OR external_port BETWEEN 0 AND 65535);
ALTER TABLE exposure_finding ADD COLUMN rule TEXT;
ALTER TABLE exposure_finding ADD COLUMN remote_host TEXT;
