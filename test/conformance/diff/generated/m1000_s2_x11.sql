-- AlterEnum
ALTER TYPE "Status84" ADD VALUE 'EXTRA1';

-- DropForeignKey
ALTER TABLE "Task850" DROP CONSTRAINT "Task850_ticket288Id_fkey";

-- DropIndex
DROP INDEX "project749_session576Id_idx";

-- DropIndex
DROP INDEX "Task850_ticket288Id_idx";

-- AlterTable
ALTER TABLE "Review287" DROP COLUMN "stringField2";

-- AlterTable
ALTER TABLE "Task850" DROP COLUMN "ticket288Id";
