-- AlterTable
ALTER TABLE "VisitService" ADD COLUMN     "nightId" UUID;

-- CreateTable
CREATE TABLE "NightTally" (
    "nightId" UUID NOT NULL,
    "visits" INTEGER NOT NULL DEFAULT 0,
    "anonymous" INTEGER NOT NULL DEFAULT 0,
    "firstVisits" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "NightTally_pkey" PRIMARY KEY ("nightId")
);

-- CreateTable
CREATE TABLE "NightServiceTally" (
    "nightId" UUID NOT NULL,
    "kind" "ServiceKind" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "NightServiceTally_pkey" PRIMARY KEY ("nightId","kind")
);


-- The tallies follow Visit and VisitService statement by statement: one aggregated upsert per
-- statement (transition tables), so a bulk load of millions of visits costs one pass and a
-- check-in one small upsert. Rows are taken in key order so that concurrent statements lock
-- the same rows in the same order. (Transition tables are visible only in the trigger's own
-- function, hence the repeated statements.)
CREATE FUNCTION visit_tally_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "NightTally" ("nightId", "visits", "anonymous", "firstVisits")
  SELECT "nightId", count(*), count(*) FILTER (WHERE "participantId" IS NULL), count(*) FILTER (WHERE "firstVisit")
  FROM inserted_visits GROUP BY "nightId" ORDER BY "nightId"
  ON CONFLICT ("nightId") DO UPDATE SET
    "visits" = "NightTally"."visits" + EXCLUDED."visits",
    "anonymous" = "NightTally"."anonymous" + EXCLUDED."anonymous",
    "firstVisits" = "NightTally"."firstVisits" + EXCLUDED."firstVisits";
  RETURN NULL;
END;
$$;
CREATE FUNCTION visit_tally_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "NightTally" ("nightId", "visits", "anonymous", "firstVisits")
  SELECT "nightId", -count(*), -count(*) FILTER (WHERE "participantId" IS NULL), -count(*) FILTER (WHERE "firstVisit")
  FROM deleted_visits GROUP BY "nightId" ORDER BY "nightId"
  ON CONFLICT ("nightId") DO UPDATE SET
    "visits" = "NightTally"."visits" + EXCLUDED."visits",
    "anonymous" = "NightTally"."anonymous" + EXCLUDED."anonymous",
    "firstVisits" = "NightTally"."firstVisits" + EXCLUDED."firstVisits";
  RETURN NULL;
END;
$$;
CREATE FUNCTION visit_tally_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "NightTally" ("nightId", "visits", "anonymous", "firstVisits")
  SELECT "nightId", -count(*), -count(*) FILTER (WHERE "participantId" IS NULL), -count(*) FILTER (WHERE "firstVisit")
  FROM deleted_visits GROUP BY "nightId" ORDER BY "nightId"
  ON CONFLICT ("nightId") DO UPDATE SET
    "visits" = "NightTally"."visits" + EXCLUDED."visits",
    "anonymous" = "NightTally"."anonymous" + EXCLUDED."anonymous",
    "firstVisits" = "NightTally"."firstVisits" + EXCLUDED."firstVisits";
  INSERT INTO "NightTally" ("nightId", "visits", "anonymous", "firstVisits")
  SELECT "nightId", count(*), count(*) FILTER (WHERE "participantId" IS NULL), count(*) FILTER (WHERE "firstVisit")
  FROM inserted_visits GROUP BY "nightId" ORDER BY "nightId"
  ON CONFLICT ("nightId") DO UPDATE SET
    "visits" = "NightTally"."visits" + EXCLUDED."visits",
    "anonymous" = "NightTally"."anonymous" + EXCLUDED."anonymous",
    "firstVisits" = "NightTally"."firstVisits" + EXCLUDED."firstVisits";
  RETURN NULL;
END;
$$;
CREATE TRIGGER visit_tally_insert AFTER INSERT ON "Visit" REFERENCING NEW TABLE AS inserted_visits FOR EACH STATEMENT EXECUTE FUNCTION visit_tally_insert();
CREATE TRIGGER visit_tally_delete AFTER DELETE ON "Visit" REFERENCING OLD TABLE AS deleted_visits FOR EACH STATEMENT EXECUTE FUNCTION visit_tally_delete();
CREATE TRIGGER visit_tally_update AFTER UPDATE ON "Visit" REFERENCING OLD TABLE AS deleted_visits NEW TABLE AS inserted_visits FOR EACH STATEMENT EXECUTE FUNCTION visit_tally_update();

-- A service carries its visit's night (a visit never changes night), so that the tally still
-- finds the night when the visit itself is being deleted with it.
CREATE FUNCTION visit_service_night() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."nightId" IS NULL THEN
    SELECT "nightId" INTO NEW."nightId" FROM "Visit" WHERE "id" = NEW."visitId";
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER visit_service_night BEFORE INSERT ON "VisitService" FOR EACH ROW EXECUTE FUNCTION visit_service_night();

CREATE FUNCTION service_tally_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "NightServiceTally" ("nightId", "kind", "count")
  SELECT "nightId", "kind", count(*) FROM inserted_services GROUP BY "nightId", "kind" ORDER BY "nightId", "kind"
  ON CONFLICT ("nightId", "kind") DO UPDATE SET "count" = "NightServiceTally"."count" + EXCLUDED."count";
  RETURN NULL;
END;
$$;
CREATE FUNCTION service_tally_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "NightServiceTally" ("nightId", "kind", "count")
  SELECT "nightId", "kind", -count(*) FROM deleted_services GROUP BY "nightId", "kind" ORDER BY "nightId", "kind"
  ON CONFLICT ("nightId", "kind") DO UPDATE SET "count" = "NightServiceTally"."count" + EXCLUDED."count";
  RETURN NULL;
END;
$$;
CREATE TRIGGER service_tally_insert AFTER INSERT ON "VisitService" REFERENCING NEW TABLE AS inserted_services FOR EACH STATEMENT EXECUTE FUNCTION service_tally_insert();
CREATE TRIGGER service_tally_delete AFTER DELETE ON "VisitService" REFERENCING OLD TABLE AS deleted_services FOR EACH STATEMENT EXECUTE FUNCTION service_tally_delete();

-- What is there already.
UPDATE "VisitService" s SET "nightId" = v."nightId" FROM "Visit" v WHERE v."id" = s."visitId";
INSERT INTO "NightTally" ("nightId", "visits", "anonymous", "firstVisits")
SELECT "nightId", count(*), count(*) FILTER (WHERE "participantId" IS NULL), count(*) FILTER (WHERE "firstVisit")
FROM "Visit" GROUP BY "nightId";
INSERT INTO "NightServiceTally" ("nightId", "kind", "count")
SELECT "nightId", "kind", count(*) FROM "VisitService" GROUP BY "nightId", "kind";
