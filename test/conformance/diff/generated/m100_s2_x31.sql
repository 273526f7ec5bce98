-- DropForeignKey
ALTER TABLE "Customer44" DROP CONSTRAINT "Customer44_account40Id_fkey";

-- DropForeignKey
ALTER TABLE "Customer44" DROP CONSTRAINT "Customer44_parentId_fkey";

-- DropForeignKey
ALTER TABLE "Payment66" DROP CONSTRAINT "Payment66_customer44Id_fkey";

-- DropForeignKey
ALTER TABLE "Team72" DROP CONSTRAINT "Team72_member53Id_fkey";

-- DropIndex
DROP INDEX "Payment66_customer44Id_idx";

-- AlterTable
ALTER TABLE "Ticket28" DROP COLUMN "jsonField3";

-- AlterTable
ALTER TABLE "Payment66" DROP COLUMN "customer44Id";

-- AlterTable
ALTER TABLE "Invoice81" DROP COLUMN "datetimeField4";

-- DropTable
DROP TABLE "Customer44";

-- DropTable
DROP TABLE "Team72";

-- CreateTable
CREATE TABLE "team72_table" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "floatField1" REAL NOT NULL,
    "bytesField2" BYTEA NOT NULL,
    "json_field_3" JSONB NOT NULL,
    "booleanField4" BOOLEAN NOT NULL DEFAULT false,
    "bytesField5" BYTEA NOT NULL,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "member53Id" INTEGER NOT NULL,

    CONSTRAINT "team72_table_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "team72_table_code_key" ON "team72_table"("code");

-- CreateIndex
CREATE INDEX "team72_table_member53Id_idx" ON "team72_table"("member53Id");

-- AddForeignKey
ALTER TABLE "team72_table" ADD CONSTRAINT "team72_table_member53Id_fkey" FOREIGN KEY ("member53Id") REFERENCES "Member53"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
