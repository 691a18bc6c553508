-- Data only: code terms are marked with "#" so that a word typed after an alias ("tulipe r")
-- can no longer match someone else's code. Applies to codes and to the codes of merged records.
UPDATE "ParticipantSearchTerm" t SET "term" = '#' || t."term"
FROM "Participant" p
WHERE p."id" = t."participantId" AND t."term" = lower(p."code");

UPDATE "ParticipantSearchTerm" t SET "term" = '#' || t."term"
FROM "ParticipantMerge" m
WHERE m."survivorId" = t."participantId" AND t."term" = lower(m."mergedCode");
