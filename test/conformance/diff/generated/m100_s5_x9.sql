-- DropForeignKey
ALTER TABLE "Team32" DROP CONSTRAINT "Team32_payment26Id_fkey";

-- DropForeignKey
ALTER TABLE "Ticket48" DROP CONSTRAINT "Ticket48_team32Id_fkey";

-- DropForeignKey
ALTER TABLE "Task50" DROP CONSTRAINT "Task50_comment11Id_fkey";

-- DropForeignKey
ALTER TABLE "_M35_32" DROP CONSTRAINT "_M35_32_A_fkey";

-- DropForeignKey
ALTER TABLE "_M35_32" DROP CONSTRAINT "_M35_32_B_fkey";

-- DropIndex
DROP INDEX "Ticket48_team32Id_idx";

-- DropIndex
DROP INDEX "Task50_comment11Id_idx";

-- AlterTable
ALTER TABLE "Ticket48" DROP COLUMN "team32Id";

-- AlterTable
ALTER TABLE "Task50" DROP COLUMN "comment11Id";

-- DropTable
DROP TABLE "Team32";

-- DropTable
DROP TABLE "_M35_32";
