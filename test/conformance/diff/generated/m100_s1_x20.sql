-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Status9" ADD VALUE 'EXTRA1';
ALTER TYPE "Status9" ADD VALUE 'EXTRA2';

-- DropForeignKey
ALTER TABLE "Contract99" DROP CONSTRAINT "Contract99_team92Id_fkey";

-- DropForeignKey
ALTER TABLE "Contract99" DROP CONSTRAINT "Contract99_parentId_fkey";

-- DropTable
DROP TABLE "Contract99";

-- CreateTable
CREATE TABLE "contract99_table" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT,
    "stringField1" TEXT[],
    "floatField2" REAL NOT NULL,
    "stringField3" VARCHAR(255),
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "team92Id" INTEGER,
    "parentId" INTEGER,

    CONSTRAINT "contract99_table_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "contract99_table_code_key" ON "contract99_table"("code");

-- CreateIndex
CREATE INDEX "contract99_table_createdAt_idx" ON "contract99_table"("createdAt" DESC);

-- AddForeignKey
ALTER TABLE "contract99_table" ADD CONSTRAINT "contract99_table_team92Id_fkey" FOREIGN KEY ("team92Id") REFERENCES "team92"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract99_table" ADD CONSTRAINT "contract99_table_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "contract99_table"("id") ON DELETE SET NULL ON UPDATE CASCADE;
