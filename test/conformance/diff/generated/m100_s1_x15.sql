-- AlterEnum
BEGIN;
CREATE TYPE "Status3_new" AS ENUM ('ACTIVE', 'PENDING', 'DELETED', 'DRAFT', 'REVIEW');
ALTER TABLE "Product3" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "member13" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Product23" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "member33" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "product43" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Member53" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "product63" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Member73" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Product83" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Member93" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Product3" ALTER COLUMN "status" TYPE "Status3_new" USING ("status"::text::"Status3_new");
ALTER TABLE "member13" ALTER COLUMN "status" TYPE "Status3_new" USING ("status"::text::"Status3_new");
ALTER TABLE "Product23" ALTER COLUMN "status" TYPE "Status3_new" USING ("status"::text::"Status3_new");
ALTER TABLE "member33" ALTER COLUMN "status" TYPE "Status3_new" USING ("status"::text::"Status3_new");
ALTER TABLE "product43" ALTER COLUMN "status" TYPE "Status3_new" USING ("status"::text::"Status3_new");
ALTER TABLE "Member53" ALTER COLUMN "status" TYPE "Status3_new" USING ("status"::text::"Status3_new");
ALTER TABLE "product63" ALTER COLUMN "status" TYPE "Status3_new" USING ("status"::text::"Status3_new");
ALTER TABLE "Member73" ALTER COLUMN "status" TYPE "Status3_new" USING ("status"::text::"Status3_new");
ALTER TABLE "Product83" ALTER COLUMN "status" TYPE "Status3_new" USING ("status"::text::"Status3_new");
ALTER TABLE "Member93" ALTER COLUMN "status" TYPE "Status3_new" USING ("status"::text::"Status3_new");
ALTER TYPE "Status3" RENAME TO "Status3_old";
ALTER TYPE "Status3_new" RENAME TO "Status3";
DROP TYPE "Status3_old";
ALTER TABLE "Product3" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "member13" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Product23" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "member33" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "product43" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Member53" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "product63" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Member73" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Product83" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Member93" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
COMMIT;

-- DropForeignKey
ALTER TABLE "document74" DROP CONSTRAINT "document74_invoice1Id_fkey";

-- DropForeignKey
ALTER TABLE "Comment91" DROP CONSTRAINT "Comment91_document74Id_fkey";

-- DropForeignKey
ALTER TABLE "_M77_74" DROP CONSTRAINT "_M77_74_A_fkey";

-- DropForeignKey
ALTER TABLE "_M77_74" DROP CONSTRAINT "_M77_74_B_fkey";

-- DropIndex
DROP INDEX "Comment91_document74Id_idx";

-- AlterTable
ALTER TABLE "Comment91" DROP COLUMN "document74Id";

-- DropTable
DROP TABLE "document74";

-- DropTable
DROP TABLE "_M77_74";
