-- DropForeignKey
ALTER TABLE "Payment366" DROP CONSTRAINT "Payment366_task330Id_fkey";

-- AlterTable
ALTER TABLE "Event315" ADD COLUMN     "addedField1" INTEGER NOT NULL DEFAULT 7;

-- AlterTable
ALTER TABLE "Team792" ALTER COLUMN "string_field_3" SET NOT NULL;

-- DropTable
DROP TABLE "Payment366";

-- CreateTable
CREATE TABLE "Added2" (
    "id" SERIAL NOT NULL,
    "label" VARCHAR(80) NOT NULL,
    "target2Id" INTEGER,

    CONSTRAINT "Added2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Added2_target2Id_idx" ON "Added2"("target2Id");

-- AddForeignKey
ALTER TABLE "Added2" ADD CONSTRAINT "Added2_target2Id_fkey" FOREIGN KEY ("target2Id") REFERENCES "Customer484"("id") ON DELETE CASCADE ON UPDATE CASCADE;
