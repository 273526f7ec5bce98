-- DropIndex
DROP INDEX "customer4_product3Id_idx";

-- AlterTable
ALTER TABLE "customer4" DROP COLUMN "string_field_1",
ADD COLUMN     "string_field_1" INTEGER NOT NULL;

-- AlterTable
ALTER TABLE "payment6" DROP COLUMN "booleanField1";
