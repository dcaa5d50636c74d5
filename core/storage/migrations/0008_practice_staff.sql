-- The practice's headcount (people working there, the practitioner included), asked by the CNIL's breach
-- notification form; NULL until the practitioner gives it.
ALTER TABLE practice ADD COLUMN staff_count INTEGER CHECK (staff_count IS NULL OR staff_count BETWEEN 1 AND 9999);
