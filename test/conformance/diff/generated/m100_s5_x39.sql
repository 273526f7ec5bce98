-- AlterEnum
ALTER TYPE "Status0" ADD VALUE 'EXTRA1';

-- DropIndex
DROP INDEX "Team12_payment6Id_idx";

-- DropIndex
DROP INDEX "Report18_comment11Id_idx";
