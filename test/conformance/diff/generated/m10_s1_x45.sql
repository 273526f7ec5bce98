-- AlterTable
ALTER TABLE "Invoice1" ALTER COLUMN "stringField4" SET DATA TYPE VARCHAR(255)[];

-- AlterTable
ALTER TABLE "Customer4" DROP COLUMN "string_field_3";
