-- DropForeignKey
ALTER TABLE "contract59" DROP CONSTRAINT "contract59_task30Id_fkey";

-- AlterTable
ALTER TABLE "Account20" ALTER COLUMN "datetimeField3" SET NOT NULL;

-- AlterTable
ALTER TABLE "Project89" ALTER COLUMN "bytes_field_0" SET DATA TYPE TEXT;

-- DropTable
DROP TABLE "contract59";

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
ALTER TABLE "Added1" ADD CONSTRAINT "Added1_target1Id_fkey" FOREIGN KEY ("target1Id") REFERENCES "session76"("id") ON DELETE CASCADE ON UPDATE CASCADE;
