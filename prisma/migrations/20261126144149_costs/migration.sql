-- CreateEnum
CREATE TYPE "ExpenseCategory" AS ENUM ('RENT', 'FOOD', 'FOOD_TRANSPORT', 'MAINTENANCE', 'HEALTH_SUPPLIES', 'OFFICE_SUPPLIES', 'VOLUNTEER_HONORARIA', 'OTHER');

-- CreateTable
CREATE TABLE "Expense" (
    "id" UUID NOT NULL,
    "spentOn" DATE NOT NULL,
    "category" "ExpenseCategory" NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "description" VARCHAR(200) NOT NULL,
    "funder" VARCHAR(120),
    "importId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,

    CONSTRAINT "Expense_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExpenseImport" (
    "id" UUID NOT NULL,
    "fileName" VARCHAR(200) NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "importedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedById" UUID,

    CONSTRAINT "ExpenseImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Budget" (
    "fiscalYear" INTEGER NOT NULL,
    "category" "ExpenseCategory" NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Budget_pkey" PRIMARY KEY ("fiscalYear","category")
);

-- CreateTable
CREATE TABLE "FinanceSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "fiscalYearStartMonth" INTEGER NOT NULL DEFAULT 4,

    CONSTRAINT "FinanceSettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Expense_spentOn_idx" ON "Expense"("spentOn");

-- CreateIndex
CREATE INDEX "Expense_category_spentOn_idx" ON "Expense"("category", "spentOn");

-- AddForeignKey
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_importId_fkey" FOREIGN KEY ("importId") REFERENCES "ExpenseImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rules Prisma's schema cannot express; its diff ignores them.
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_amount_positive" CHECK ("amountCents" > 0);
ALTER TABLE "Budget" ADD CONSTRAINT "Budget_amount_not_negative" CHECK ("amountCents" >= 0);
ALTER TABLE "Budget" ADD CONSTRAINT "Budget_fiscal_year_sane" CHECK ("fiscalYear" BETWEEN 2000 AND 2100);
ALTER TABLE "FinanceSettings" ADD CONSTRAINT "FinanceSettings_one_row" CHECK ("id" = 1);
ALTER TABLE "FinanceSettings" ADD CONSTRAINT "FinanceSettings_month" CHECK ("fiscalYearStartMonth" BETWEEN 1 AND 12);
