-- AlterEnum
BEGIN;
CREATE TYPE "Status9_new" AS ENUM ('ACTIVE', 'PENDING', 'ARCHIVED');
ALTER TABLE "Project9" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Project109" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Project209" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Project309" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Project409" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Project509" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Project609" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Project709" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Project809" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Project909" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Project9" ALTER COLUMN "status" TYPE "Status9_new" USING ("status"::text::"Status9_new");
ALTER TABLE "Project109" ALTER COLUMN "status" TYPE "Status9_new" USING ("status"::text::"Status9_new");
ALTER TABLE "Project209" ALTER COLUMN "status" TYPE "Status9_new" USING ("status"::text::"Status9_new");
ALTER TABLE "Project309" ALTER COLUMN "status" TYPE "Status9_new" USING ("status"::text::"Status9_new");
ALTER TABLE "Project409" ALTER COLUMN "status" TYPE "Status9_new" USING ("status"::text::"Status9_new");
ALTER TABLE "Project509" ALTER COLUMN "status" TYPE "Status9_new" USING ("status"::text::"Status9_new");
ALTER TABLE "Project609" ALTER COLUMN "status" TYPE "Status9_new" USING ("status"::text::"Status9_new");
ALTER TABLE "Project709" ALTER COLUMN "status" TYPE "Status9_new" USING ("status"::text::"Status9_new");
ALTER TABLE "Project809" ALTER COLUMN "status" TYPE "Status9_new" USING ("status"::text::"Status9_new");
ALTER TABLE "Project909" ALTER COLUMN "status" TYPE "Status9_new" USING ("status"::text::"Status9_new");
ALTER TYPE "Status9" RENAME TO "Status9_old";
ALTER TYPE "Status9_new" RENAME TO "Status9";
DROP TYPE "Status9_old";
ALTER TABLE "Project9" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Project109" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Project209" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Project309" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Project409" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Project509" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Project609" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Project709" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Project809" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Project909" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
COMMIT;

-- DropForeignKey
ALTER TABLE "comment951" DROP CONSTRAINT "comment951_member333Id_fkey";

-- AlterTable
ALTER TABLE "Order382" DROP COLUMN "decimalField0",
ADD COLUMN     "decimalfield0_col" DECIMAL(65,30)[];

-- AlterTable
ALTER TABLE "comment951" DROP COLUMN "member333Id";
