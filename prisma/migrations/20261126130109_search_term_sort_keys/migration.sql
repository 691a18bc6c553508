-- DropIndex
DROP INDEX "ParticipantSearchTerm_term_idx";

-- AlterTable
ALTER TABLE "ParticipantSearchTerm" ADD COLUMN     "aliasSearch" VARCHAR(40) NOT NULL DEFAULT '',
ADD COLUMN     "lastVisitDate" DATE;

-- CreateIndex
CREATE INDEX "ParticipantSearchTerm_term_participantId_lastVisitDate_alia_idx" ON "ParticipantSearchTerm"("term", "participantId", "lastVisitDate", "aliasSearch");

-- The copies start equal to the participant's values...
UPDATE "ParticipantSearchTerm" t SET "lastVisitDate" = p."lastVisitDate", "aliasSearch" = p."aliasSearch"
FROM "Participant" p WHERE p."id" = t."participantId";

-- ...every new term (or a term moved to another participant by a merge) takes them...
CREATE FUNCTION participant_search_term_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT p."lastVisitDate", p."aliasSearch" INTO NEW."lastVisitDate", NEW."aliasSearch"
  FROM "Participant" p WHERE p."id" = NEW."participantId";
  NEW."aliasSearch" := COALESCE(NEW."aliasSearch", '');
  RETURN NEW;
END;
$$;
CREATE TRIGGER participant_search_term_fill BEFORE INSERT OR UPDATE OF "participantId" ON "ParticipantSearchTerm"
  FOR EACH ROW EXECUTE FUNCTION participant_search_term_fill();

-- ...and they follow the participant: a check-in moves lastVisitDate, a rename moves aliasSearch.
CREATE FUNCTION participant_search_terms_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ParticipantSearchTerm" SET "lastVisitDate" = NEW."lastVisitDate", "aliasSearch" = NEW."aliasSearch"
  WHERE "participantId" = NEW."id";
  RETURN NEW;
END;
$$;
CREATE TRIGGER participant_search_terms_follow AFTER UPDATE OF "lastVisitDate", "aliasSearch" ON "Participant"
  FOR EACH ROW WHEN (OLD."lastVisitDate" IS DISTINCT FROM NEW."lastVisitDate" OR OLD."aliasSearch" IS DISTINCT FROM NEW."aliasSearch")
  EXECUTE FUNCTION participant_search_terms_follow();
