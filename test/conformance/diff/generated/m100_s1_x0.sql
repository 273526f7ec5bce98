-- AlterTable
ALTER TABLE "member13" ADD COLUMN     "link2Id" INTEGER;

-- AlterTable
ALTER TABLE "account60" DROP COLUMN "intField1",
ADD COLUMN     "intfield1_col" SMALLINT NOT NULL;

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
CREATE INDEX "Device17_datetimeField5_idx" ON "Device17"("datetimeField5");

-- AddForeignKey
ALTER TABLE "member13" ADD CONSTRAINT "member13_link2Id_fkey" FOREIGN KEY ("link2Id") REFERENCES "Project89"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Added1" ADD CONSTRAINT "Added1_target1Id_fkey" FOREIGN KEY ("target1Id") REFERENCES "customer4"("id") ON DELETE CASCADE ON UPDATE CASCADE;
