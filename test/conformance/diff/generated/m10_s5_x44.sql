-- AlterTable
ALTER TABLE "Account0" DROP COLUMN "float_field_2";

-- AlterTable
ALTER TABLE "Order2" ADD COLUMN     "addedField1" BIGINT[];
