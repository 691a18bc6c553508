-- CreateEnum
CREATE TYPE "StockMovementKind" AS ENUM ('PURCHASED', 'DONATED', 'DISTRIBUTED', 'ADJUSTED', 'DISCARDED');

-- AlterTable
ALTER TABLE "CatalogueItem" ADD COLUMN     "donatedValueCents" INTEGER,
ADD COLUMN     "lowStockThreshold" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "unitCostCents" INTEGER,
ADD COLUMN     "unitEn" VARCHAR(20) NOT NULL DEFAULT 'unit',
ADD COLUMN     "unitFr" VARCHAR(20) NOT NULL DEFAULT 'unité';

-- AlterTable
ALTER TABLE "Distribution" ADD COLUMN     "overrideReason" VARCHAR(200);

-- CreateTable
CREATE TABLE "StockMovement" (
    "id" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "size" VARCHAR(10) NOT NULL DEFAULT '',
    "kind" "StockMovementKind" NOT NULL,
    "quantity" INTEGER NOT NULL,
    "valueCents" INTEGER,
    "donor" VARCHAR(120),
    "reason" VARCHAR(200),
    "distributionId" UUID,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "recordedById" UUID,

    CONSTRAINT "StockMovement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StockLevel" (
    "itemId" UUID NOT NULL,
    "size" VARCHAR(10) NOT NULL DEFAULT '',
    "onHand" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StockLevel_pkey" PRIMARY KEY ("itemId","size")
);

-- CreateTable
CREATE TABLE "StockLimit" (
    "id" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "maxQuantity" INTEGER NOT NULL,
    "periodDays" INTEGER NOT NULL,

    CONSTRAINT "StockLimit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StockMovement_distributionId_key" ON "StockMovement"("distributionId");

-- CreateIndex
CREATE INDEX "StockMovement_itemId_size_occurredAt_idx" ON "StockMovement"("itemId", "size", "occurredAt");

-- CreateIndex
CREATE INDEX "StockMovement_kind_occurredAt_idx" ON "StockMovement"("kind", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "StockLimit_itemId_key" ON "StockLimit"("itemId");

-- AddForeignKey
ALTER TABLE "StockMovement" ADD CONSTRAINT "StockMovement_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CatalogueItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockMovement" ADD CONSTRAINT "StockMovement_distributionId_fkey" FOREIGN KEY ("distributionId") REFERENCES "Distribution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockLevel" ADD CONSTRAINT "StockLevel_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CatalogueItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockLimit" ADD CONSTRAINT "StockLimit_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CatalogueItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The ledger's rules live in the database, so that no code path (and no concurrent request)
-- can break them. Prisma's schema cannot express checks or triggers; its diff ignores them.

-- On hand never goes below zero: a distribution of the last units by two people at once makes
-- the second UPDATE fail here, inside its own transaction.
ALTER TABLE "StockLevel" ADD CONSTRAINT "StockLevel_onHand_not_negative" CHECK ("onHand" >= 0);
ALTER TABLE "StockLimit" ADD CONSTRAINT "StockLimit_positive" CHECK ("maxQuantity" > 0 AND "periodDays" > 0);

-- StockLevel is the sum of the ledger: every inserted movement adds to it, a deleted one (an
-- undone distribution) takes back what it added, and a movement is never edited.
CREATE FUNCTION stock_movement_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    -- UPDATE first: INSERT ... ON CONFLICT would check the CHECK on the proposed row (a negative
    -- quantity) before noticing the conflict, and refuse a legitimate distribution.
    UPDATE "StockLevel" SET "onHand" = "onHand" + NEW."quantity" WHERE "itemId" = NEW."itemId" AND "size" = NEW."size";
    IF NOT FOUND THEN
      INSERT INTO "StockLevel" ("itemId", "size", "onHand") VALUES (NEW."itemId", NEW."size", NEW."quantity")
      ON CONFLICT ("itemId", "size") DO UPDATE SET "onHand" = "StockLevel"."onHand" + EXCLUDED."onHand";
    END IF;
    RETURN NEW;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "StockLevel" SET "onHand" = "onHand" - OLD."quantity" WHERE "itemId" = OLD."itemId" AND "size" = OLD."size";
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'StockMovement rows are never edited: record a new movement instead';
END;
$$;

CREATE TRIGGER stock_movement_apply AFTER INSERT OR DELETE ON "StockMovement"
  FOR EACH ROW EXECUTE FUNCTION stock_movement_apply();
CREATE TRIGGER stock_movement_never_updated BEFORE UPDATE ON "StockMovement"
  FOR EACH ROW EXECUTE FUNCTION stock_movement_apply();
