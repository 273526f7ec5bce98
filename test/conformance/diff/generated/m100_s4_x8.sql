-- DropForeignKey
ALTER TABLE "Task70" DROP CONSTRAINT "Task70_account20Id_fkey";

-- DropForeignKey
ALTER TABLE "Comment71" DROP CONSTRAINT "Comment71_product43Id_fkey";

-- DropIndex
DROP INDEX "Task70_account20Id_idx";

-- AlterTable
ALTER TABLE "Project9" ADD COLUMN     "link2Id" INTEGER;

-- AlterTable
ALTER TABLE "Task70" DROP COLUMN "account20Id";

-- AlterTable
ALTER TABLE "Comment71" DROP COLUMN "product43Id";

-- AlterTable
ALTER TABLE "Order82" ADD COLUMN     "link1Id" INTEGER;

-- CreateIndex
CREATE INDEX "Project9_link2Id_idx" ON "Project9"("link2Id");

-- CreateIndex
CREATE INDEX "Order82_link1Id_idx" ON "Order82"("link1Id");

-- AddForeignKey
ALTER TABLE "Project9" ADD CONSTRAINT "Project9_link2Id_fkey" FOREIGN KEY ("link2Id") REFERENCES "Account20"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order82" ADD CONSTRAINT "Order82_link1Id_fkey" FOREIGN KEY ("link1Id") REFERENCES "Review87"("id") ON DELETE SET NULL ON UPDATE CASCADE;
