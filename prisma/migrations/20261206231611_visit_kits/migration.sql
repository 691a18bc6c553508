-- CreateTable
CREATE TABLE "Kit" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "nameFr" VARCHAR(80) NOT NULL,
    "nameEn" VARCHAR(80) NOT NULL,
    "services" "ServiceKind"[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Kit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KitItem" (
    "id" UUID NOT NULL,
    "kitId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "size" VARCHAR(10) NOT NULL DEFAULT '',
    "quantity" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "KitItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Kit_siteId_active_sortOrder_idx" ON "Kit"("siteId", "active", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "KitItem_kitId_itemId_size_key" ON "KitItem"("kitId", "itemId", "size");

-- AddForeignKey
ALTER TABLE "Kit" ADD CONSTRAINT "Kit_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KitItem" ADD CONSTRAINT "KitItem_kitId_fkey" FOREIGN KEY ("kitId") REFERENCES "Kit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KitItem" ADD CONSTRAINT "KitItem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CatalogueItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A kit hands out at least one unit of each of its items (the form refuses less; this is the backstop).
ALTER TABLE "KitItem" ADD CONSTRAINT "KitItem_quantity_positive" CHECK ("quantity" >= 1);
