-- AlterEnum
ALTER TYPE "Status7" ADD VALUE 'EXTRA1';

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
ALTER TABLE "Added2" ADD CONSTRAINT "Added2_target2Id_fkey" FOREIGN KEY ("target2Id") REFERENCES "Task50"("id") ON DELETE CASCADE ON UPDATE CASCADE;
