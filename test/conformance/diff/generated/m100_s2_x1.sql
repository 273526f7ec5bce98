-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Status5" ADD VALUE 'EXTRA1';
ALTER TYPE "Status5" ADD VALUE 'EXTRA2';

-- DropForeignKey
ALTER TABLE "session16" DROP CONSTRAINT "session16_document14Id_fkey";

-- DropForeignKey
ALTER TABLE "Session36" DROP CONSTRAINT "Session36_session16Id_fkey";

-- DropForeignKey
ALTER TABLE "Team92" DROP CONSTRAINT "Team92_comment91Id_fkey";

-- DropIndex
DROP INDEX "Team92_comment91Id_idx";

-- AlterTable
ALTER TABLE "Session36" DROP COLUMN "session16Id";

-- AlterTable
ALTER TABLE "Team92" DROP COLUMN "comment91Id";

-- DropTable
DROP TABLE "session16";
