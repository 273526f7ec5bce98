-- AlterTable
ALTER TABLE "Shipment5" ADD COLUMN     "link1Id" INTEGER,
ALTER COLUMN "intField5" DROP NOT NULL,
ALTER COLUMN "bigint_field_6" SET DATA TYPE DECIMAL(20,0);

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
ALTER TABLE "Shipment5" ADD CONSTRAINT "Shipment5_link1Id_fkey" FOREIGN KEY ("link1Id") REFERENCES "Account0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Added2" ADD CONSTRAINT "Added2_target2Id_fkey" FOREIGN KEY ("target2Id") REFERENCES "Account0"("id") ON DELETE CASCADE ON UPDATE CASCADE;
