-- AlterEnum
ALTER TYPE "Status42" ADD VALUE 'EXTRA1';

-- DropForeignKey
ALTER TABLE "report478" DROP CONSTRAINT "report478_comment31Id_fkey";

-- DropIndex
DROP INDEX "report478_comment31Id_idx";

-- AlterTable
ALTER TABLE "report478" DROP COLUMN "comment31Id";

-- AlterTable
ALTER TABLE "invoice501" DROP COLUMN "intField3";
