-- Exposure findings as codes with parameters (rendered in French or English at the edge).
-- NULL in scans saved before: they show their stored French text, and their stored form (and digest) is unchanged.
ALTER TABLE exposure_finding ADD COLUMN code TEXT;
ALTER TABLE exposure_finding ADD COLUMN params TEXT;
