-- AlterEnum
BEGIN;
CREATE TYPE "Status87_new" AS ENUM ('ACTIVE', 'PENDING', 'ARCHIVED', 'DRAFT', 'REVIEW');
ALTER TABLE "Review87" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Review187" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "review287" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Review387" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Review487" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Review587" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Review687" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "review787" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Review887" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Review987" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Review87" ALTER COLUMN "status" TYPE "Status87_new" USING ("status"::text::"Status87_new");
ALTER TABLE "Review187" ALTER COLUMN "status" TYPE "Status87_new" USING ("status"::text::"Status87_new");
ALTER TABLE "review287" ALTER COLUMN "status" TYPE "Status87_new" USING ("status"::text::"Status87_new");
ALTER TABLE "Review387" ALTER COLUMN "status" TYPE "Status87_new" USING ("status"::text::"Status87_new");
ALTER TABLE "Review487" ALTER COLUMN "status" TYPE "Status87_new" USING ("status"::text::"Status87_new");
ALTER TABLE "Review587" ALTER COLUMN "status" TYPE "Status87_new" USING ("status"::text::"Status87_new");
ALTER TABLE "Review687" ALTER COLUMN "status" TYPE "Status87_new" USING ("status"::text::"Status87_new");
ALTER TABLE "review787" ALTER COLUMN "status" TYPE "Status87_new" USING ("status"::text::"Status87_new");
ALTER TABLE "Review887" ALTER COLUMN "status" TYPE "Status87_new" USING ("status"::text::"Status87_new");
ALTER TABLE "Review987" ALTER COLUMN "status" TYPE "Status87_new" USING ("status"::text::"Status87_new");
ALTER TYPE "Status87" RENAME TO "Status87_old";
ALTER TYPE "Status87_new" RENAME TO "Status87";
DROP TYPE "Status87_old";
ALTER TABLE "Review87" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Review187" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "review287" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Review387" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Review487" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Review587" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Review687" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "review787" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Review887" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Review987" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
COMMIT;

-- DropForeignKey
ALTER TABLE "Event715" DROP CONSTRAINT "Event715_ticket408Id_fkey";

-- DropForeignKey
ALTER TABLE "Event715" DROP CONSTRAINT "Event715_profile713Id_fkey";

-- DropForeignKey
ALTER TABLE "Event715" DROP CONSTRAINT "Event715_parentId_fkey";

-- DropForeignKey
ALTER TABLE "session976" DROP CONSTRAINT "session976_event715Id_fkey";

-- AlterTable
ALTER TABLE "ticket348" ADD COLUMN     "addedField2" INTEGER NOT NULL DEFAULT 7;

-- AlterTable
ALTER TABLE "Payment866" ADD COLUMN     "addedField1" INTEGER NOT NULL DEFAULT 7;

-- DropTable
DROP TABLE "Event715";

-- CreateTable
CREATE TABLE "event715_table" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6)[],
    "booleanField1" BOOLEAN[],
    "intField2" INTEGER[],
    "decimalField3" DECIMAL(65,30)[],
    "booleanField4" BOOLEAN[],
    "status" "Status15" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket408Id" INTEGER NOT NULL,
    "profile713Id" INTEGER,
    "parentId" INTEGER,

    CONSTRAINT "event715_table_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "event715_table_code_key" ON "event715_table"("code");

-- CreateIndex
CREATE UNIQUE INDEX "event715_table_profile713Id_key" ON "event715_table"("profile713Id");

-- CreateIndex
CREATE INDEX "event715_table_ticket408Id_idx" ON "event715_table"("ticket408Id");

-- AddForeignKey
ALTER TABLE "event715_table" ADD CONSTRAINT "event715_table_ticket408Id_fkey" FOREIGN KEY ("ticket408Id") REFERENCES "ticket408"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event715_table" ADD CONSTRAINT "event715_table_profile713Id_fkey" FOREIGN KEY ("profile713Id") REFERENCES "Member713"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event715_table" ADD CONSTRAINT "event715_table_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "event715_table"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session976" ADD CONSTRAINT "session976_event715Id_fkey" FOREIGN KEY ("event715Id") REFERENCES "event715_table"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
