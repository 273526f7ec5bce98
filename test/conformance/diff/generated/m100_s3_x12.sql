-- AlterTable
ALTER TABLE "Report98" DROP COLUMN "intField4",
ADD COLUMN     "intfield4_col" INTEGER NOT NULL DEFAULT 0;

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
ALTER TABLE "Added1" ADD CONSTRAINT "Added1_target1Id_fkey" FOREIGN KEY ("target1Id") REFERENCES "Product43"("id") ON DELETE CASCADE ON UPDATE CASCADE;
