-- DropForeignKey
ALTER TABLE "Project289" DROP CONSTRAINT "Project289_comment51Id_fkey";

-- DropIndex
DROP INDEX "Project289_comment51Id_idx";

-- AlterTable
ALTER TABLE "Project289" DROP COLUMN "comment51Id";

-- AlterTable
ALTER TABLE "Team472" ADD COLUMN     "addedField2" INTEGER NOT NULL DEFAULT 7;

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
ALTER TABLE "Added1" ADD CONSTRAINT "Added1_target1Id_fkey" FOREIGN KEY ("target1Id") REFERENCES "Device657"("id") ON DELETE CASCADE ON UPDATE CASCADE;
