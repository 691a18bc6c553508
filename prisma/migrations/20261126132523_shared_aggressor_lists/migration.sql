-- CreateTable
CREATE TABLE "ExternalAggressorEntry" (
    "id" UUID NOT NULL,
    "source" VARCHAR(120) NOT NULL,
    "plateHash" VARCHAR(64),
    "phoneHash" VARCHAR(64),
    "types" "ViolenceType"[],
    "aggressorDescription" VARCHAR(1000),
    "vehicleDescription" VARCHAR(300),
    "importedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedById" UUID,

    CONSTRAINT "ExternalAggressorEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExternalAggressorEntry_plateHash_idx" ON "ExternalAggressorEntry"("plateHash");

-- CreateIndex
CREATE INDEX "ExternalAggressorEntry_phoneHash_idx" ON "ExternalAggressorEntry"("phoneHash");
