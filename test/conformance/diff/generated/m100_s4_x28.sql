-- AlterEnum
BEGIN;
CREATE TYPE "Status3_new" AS ENUM ('ACTIVE', 'PENDING', 'DELETED', 'DRAFT', 'REVIEW');
ALTER TABLE "product3" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Member13" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Product23" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "member33" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Product43" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "member53" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "product63" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Member73" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "product83" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Member93" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "product3" ALTER COLUMN "status" TYPE "Status3_new" USING ("status"::text::"Status3_new");
ALTER TABLE "Member13" ALTER COLUMN "status" TYPE "Status3_new" USING ("status"::text::"Status3_new");
ALTER TABLE "Product23" ALTER COLUMN "status" TYPE "Status3_new" USING ("status"::text::"Status3_new");
ALTER TABLE "member33" ALTER COLUMN "status" TYPE "Status3_new" USING ("status"::text::"Status3_new");
ALTER TABLE "Product43" ALTER COLUMN "status" TYPE "Status3_new" USING ("status"::text::"Status3_new");
ALTER TABLE "member53" ALTER COLUMN "status" TYPE "Status3_new" USING ("status"::text::"Status3_new");
ALTER TABLE "product63" ALTER COLUMN "status" TYPE "Status3_new" USING ("status"::text::"Status3_new");
ALTER TABLE "Member73" ALTER COLUMN "status" TYPE "Status3_new" USING ("status"::text::"Status3_new");
ALTER TABLE "product83" ALTER COLUMN "status" TYPE "Status3_new" USING ("status"::text::"Status3_new");
ALTER TABLE "Member93" ALTER COLUMN "status" TYPE "Status3_new" USING ("status"::text::"Status3_new");
ALTER TYPE "Status3" RENAME TO "Status3_old";
ALTER TYPE "Status3_new" RENAME TO "Status3";
DROP TYPE "Status3_old";
ALTER TABLE "product3" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Member13" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Product23" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "member33" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Product43" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "member53" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "product63" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Member73" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "product83" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Member93" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
COMMIT;

-- CreateTable
CREATE TABLE "Added1" (
    "id" SERIAL NOT NULL,
    "label" VARCHAR(80) NOT NULL,
    "target1Id" INTEGER,

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Added1_target1Id_idx" ON "Added1"("target1Id");

-- AddForeignKey
ALTER TABLE "Added1" ADD CONSTRAINT "Added1_target1Id_fkey" FOREIGN KEY ("target1Id") REFERENCES "Shipment25"("id") ON DELETE CASCADE ON UPDATE CASCADE;
