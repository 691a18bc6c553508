-- Counters are transient (15 minutes): start over rather than convert, so the NOT NULL columns
-- below can be added to a table that held rows.
DELETE FROM "SignInThrottle";

-- AlterTable
ALTER TABLE "SignInThrottle" DROP CONSTRAINT "SignInThrottle_pkey",
DROP COLUMN "lastFailureAt",
DROP COLUMN "username",
ADD COLUMN     "key" VARCHAR(80) NOT NULL,
ADD COLUMN     "windowStartedAt" TIMESTAMPTZ(3) NOT NULL,
ADD CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key");

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;
