-- AlterEnum
BEGIN;
CREATE TYPE "Status11_new" AS ENUM ('ACTIVE', 'PENDING', 'ARCHIVED', 'DELETED', 'REVIEW');
ALTER TABLE "Comment11" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Comment111" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Comment211" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Comment311" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Comment411" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Comment511" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "comment611" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Comment711" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Comment811" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Comment911" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Comment11" ALTER COLUMN "status" TYPE "Status11_new" USING ("status"::text::"Status11_new");
ALTER TABLE "Comment111" ALTER COLUMN "status" TYPE "Status11_new" USING ("status"::text::"Status11_new");
ALTER TABLE "Comment211" ALTER COLUMN "status" TYPE "Status11_new" USING ("status"::text::"Status11_new");
ALTER TABLE "Comment311" ALTER COLUMN "status" TYPE "Status11_new" USING ("status"::text::"Status11_new");
ALTER TABLE "Comment411" ALTER COLUMN "status" TYPE "Status11_new" USING ("status"::text::"Status11_new");
ALTER TABLE "Comment511" ALTER COLUMN "status" TYPE "Status11_new" USING ("status"::text::"Status11_new");
ALTER TABLE "comment611" ALTER COLUMN "status" TYPE "Status11_new" USING ("status"::text::"Status11_new");
ALTER TABLE "Comment711" ALTER COLUMN "status" TYPE "Status11_new" USING ("status"::text::"Status11_new");
ALTER TABLE "Comment811" ALTER COLUMN "status" TYPE "Status11_new" USING ("status"::text::"Status11_new");
ALTER TABLE "Comment911" ALTER COLUMN "status" TYPE "Status11_new" USING ("status"::text::"Status11_new");
ALTER TYPE "Status11" RENAME TO "Status11_old";
ALTER TYPE "Status11_new" RENAME TO "Status11";
DROP TYPE "Status11_old";
ALTER TABLE "Comment11" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Comment111" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Comment211" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Comment311" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Comment411" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Comment511" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "comment611" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Comment711" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Comment811" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Comment911" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
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
ALTER TABLE "Added1" ADD CONSTRAINT "Added1_target1Id_fkey" FOREIGN KEY ("target1Id") REFERENCES "Review987"("id") ON DELETE CASCADE ON UPDATE CASCADE;
