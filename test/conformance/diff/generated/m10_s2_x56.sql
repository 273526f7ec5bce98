-- DropIndex
DROP INDEX "Product3_code_createdAt_key";

-- AlterTable
ALTER TABLE "project9" ALTER COLUMN "stringField1" SET DATA TYPE TEXT;

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
ALTER TABLE "Added1" ADD CONSTRAINT "Added1_target1Id_fkey" FOREIGN KEY ("target1Id") REFERENCES "Payment6"("id") ON DELETE CASCADE ON UPDATE CASCADE;
