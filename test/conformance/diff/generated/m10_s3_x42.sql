-- AlterTable
ALTER TABLE "Customer4" ALTER COLUMN "floatField3" SET NOT NULL;

-- CreateTable
CREATE TABLE "Added1" (
    "id" SERIAL NOT NULL,
    "label" VARCHAR(80) NOT NULL,
    "target1Id" INTEGER,

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Added1_target1Id_idx" ON "Added1"("target1Id");

-- CreateIndex
CREATE INDEX "account0_floatField4_createdAt_idx" ON "account0"("floatField4", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "Added1" ADD CONSTRAINT "Added1_target1Id_fkey" FOREIGN KEY ("target1Id") REFERENCES "Ticket8"("id") ON DELETE CASCADE ON UPDATE CASCADE;
