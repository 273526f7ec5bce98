-- AlterTable
ALTER TABLE "Customer4" ADD COLUMN     "addedField1" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Review7" ALTER COLUMN "stringField0" SET NOT NULL;

-- AlterTable
ALTER TABLE "Ticket8" ALTER COLUMN "floatField1" SET NOT NULL;

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
ALTER TABLE "Added2" ADD CONSTRAINT "Added2_target2Id_fkey" FOREIGN KEY ("target2Id") REFERENCES "payment6"("id") ON DELETE CASCADE ON UPDATE CASCADE;
