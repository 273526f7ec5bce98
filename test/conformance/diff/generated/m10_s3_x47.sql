-- DropForeignKey
ALTER TABLE "Ticket8" DROP CONSTRAINT "Ticket8_account0Id_fkey";

-- AlterTable
ALTER TABLE "Review7" ALTER COLUMN "stringField0" SET NOT NULL;

-- DropTable
DROP TABLE "Ticket8";

-- CreateTable
CREATE TABLE "ticket8_table" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT,
    "floatField1" REAL,
    "intField2" INTEGER[],
    "floatField3" REAL,
    "floatField4" REAL NOT NULL,
    "string_field_5" TEXT NOT NULL,
    "datetimeField6" TIMESTAMPTZ(6)[],
    "bytes_field_7" BYTEA NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER NOT NULL,

    CONSTRAINT "ticket8_table_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ticket8_table_code_key" ON "ticket8_table"("code");

-- CreateIndex
CREATE INDEX "ticket8_table_account0Id_idx" ON "ticket8_table"("account0Id");

-- AddForeignKey
ALTER TABLE "ticket8_table" ADD CONSTRAINT "ticket8_table_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "account0"("id") ON DELETE CASCADE ON UPDATE CASCADE;
