-- DropForeignKey
ALTER TABLE "Event75" DROP CONSTRAINT "Event75_ticket48Id_fkey";

-- DropIndex
DROP INDEX "Event75_ticket48Id_idx";

-- AlterTable
ALTER TABLE "Event75" DROP COLUMN "ticket48Id";

-- CreateTable
CREATE TABLE "Added1" (
    "id" SERIAL NOT NULL,
    "label" VARCHAR(80) NOT NULL,
    "target1Id" INTEGER,

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Added1_target1Id_idx" ON "Added1"("target1Id");

-- AddForeignKey
ALTER TABLE "Added1" ADD CONSTRAINT "Added1_target1Id_fkey" FOREIGN KEY ("target1Id") REFERENCES "Event35"("id") ON DELETE CASCADE ON UPDATE CASCADE;
