-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Status8" ADD VALUE 'EXTRA1';
ALTER TYPE "Status8" ADD VALUE 'EXTRA2';

-- CreateTable
CREATE TABLE "Added3" (
    "id" SERIAL NOT NULL,
    "label" VARCHAR(80) NOT NULL,
    "target3Id" INTEGER,

    CONSTRAINT "Added3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Added3_target3Id_idx" ON "Added3"("target3Id");

-- AddForeignKey
ALTER TABLE "Added3" ADD CONSTRAINT "Added3_target3Id_fkey" FOREIGN KEY ("target3Id") REFERENCES "Review7"("id") ON DELETE CASCADE ON UPDATE CASCADE;
