-- AlterTable
ALTER TABLE "account0" ALTER COLUMN "floatField4" SET NOT NULL;

-- AlterTable
ALTER TABLE "Invoice1" ALTER COLUMN "intField1" SET NOT NULL;
