-- DropForeignKey
ALTER TABLE "Account40" DROP CONSTRAINT "Account40_account20Id_fkey";

-- DropIndex
DROP INDEX "Account40_account20Id_idx";

-- AlterTable
ALTER TABLE "order22" DROP COLUMN "int_field_2";

-- AlterTable
ALTER TABLE "Account40" DROP COLUMN "account20Id";

-- AlterTable
ALTER TABLE "Task50" ADD COLUMN     "addedField1" BOOLEAN NOT NULL DEFAULT true;
