-- AlterEnum
BEGIN;
CREATE TYPE "Status41_new" AS ENUM ('ACTIVE', 'PENDING', 'DELETED');
ALTER TABLE "Invoice41" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Invoice141" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Invoice241" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Invoice341" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Invoice441" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Invoice541" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Invoice641" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Invoice741" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "invoice841" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Invoice941" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Invoice41" ALTER COLUMN "status" TYPE "Status41_new" USING ("status"::text::"Status41_new");
ALTER TABLE "Invoice141" ALTER COLUMN "status" TYPE "Status41_new" USING ("status"::text::"Status41_new");
ALTER TABLE "Invoice241" ALTER COLUMN "status" TYPE "Status41_new" USING ("status"::text::"Status41_new");
ALTER TABLE "Invoice341" ALTER COLUMN "status" TYPE "Status41_new" USING ("status"::text::"Status41_new");
ALTER TABLE "Invoice441" ALTER COLUMN "status" TYPE "Status41_new" USING ("status"::text::"Status41_new");
ALTER TABLE "Invoice541" ALTER COLUMN "status" TYPE "Status41_new" USING ("status"::text::"Status41_new");
ALTER TABLE "Invoice641" ALTER COLUMN "status" TYPE "Status41_new" USING ("status"::text::"Status41_new");
ALTER TABLE "Invoice741" ALTER COLUMN "status" TYPE "Status41_new" USING ("status"::text::"Status41_new");
ALTER TABLE "invoice841" ALTER COLUMN "status" TYPE "Status41_new" USING ("status"::text::"Status41_new");
ALTER TABLE "Invoice941" ALTER COLUMN "status" TYPE "Status41_new" USING ("status"::text::"Status41_new");
ALTER TYPE "Status41" RENAME TO "Status41_old";
ALTER TYPE "Status41_new" RENAME TO "Status41";
DROP TYPE "Status41_old";
ALTER TABLE "Invoice41" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Invoice141" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Invoice241" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Invoice341" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Invoice441" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Invoice541" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Invoice641" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Invoice741" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "invoice841" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Invoice941" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
COMMIT;

-- AlterTable
ALTER TABLE "project689" DROP COLUMN "decimalField2";

-- AlterTable
ALTER TABLE "Comment931" ALTER COLUMN "floatField1" DROP NOT NULL;
