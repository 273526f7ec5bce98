-- AlterEnum
BEGIN;
CREATE TYPE "Status51_new" AS ENUM ('ACTIVE', 'ARCHIVED', 'DELETED', 'DRAFT', 'REVIEW');
ALTER TABLE "Comment51" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Comment151" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Comment251" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Comment351" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Comment451" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Comment551" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Comment651" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "comment751" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Comment851" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "comment951" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Comment51" ALTER COLUMN "status" TYPE "Status51_new" USING ("status"::text::"Status51_new");
ALTER TABLE "Comment151" ALTER COLUMN "status" TYPE "Status51_new" USING ("status"::text::"Status51_new");
ALTER TABLE "Comment251" ALTER COLUMN "status" TYPE "Status51_new" USING ("status"::text::"Status51_new");
ALTER TABLE "Comment351" ALTER COLUMN "status" TYPE "Status51_new" USING ("status"::text::"Status51_new");
ALTER TABLE "Comment451" ALTER COLUMN "status" TYPE "Status51_new" USING ("status"::text::"Status51_new");
ALTER TABLE "Comment551" ALTER COLUMN "status" TYPE "Status51_new" USING ("status"::text::"Status51_new");
ALTER TABLE "Comment651" ALTER COLUMN "status" TYPE "Status51_new" USING ("status"::text::"Status51_new");
ALTER TABLE "comment751" ALTER COLUMN "status" TYPE "Status51_new" USING ("status"::text::"Status51_new");
ALTER TABLE "Comment851" ALTER COLUMN "status" TYPE "Status51_new" USING ("status"::text::"Status51_new");
ALTER TABLE "comment951" ALTER COLUMN "status" TYPE "Status51_new" USING ("status"::text::"Status51_new");
ALTER TYPE "Status51" RENAME TO "Status51_old";
ALTER TYPE "Status51_new" RENAME TO "Status51";
DROP TYPE "Status51_old";
ALTER TABLE "Comment51" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Comment151" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Comment251" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Comment351" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Comment451" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Comment551" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Comment651" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "comment751" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Comment851" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "comment951" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
COMMIT;

-- DropForeignKey
ALTER TABLE "Payment446" DROP CONSTRAINT "Payment446_team392Id_fkey";

-- AlterTable
ALTER TABLE "Account740" ALTER COLUMN "int_field_0" SET DATA TYPE SMALLINT;

-- AlterTable
ALTER TABLE "order782" DROP COLUMN "intField4",
ADD COLUMN     "intfield4_col" INTEGER;

-- DropTable
DROP TABLE "Payment446";
