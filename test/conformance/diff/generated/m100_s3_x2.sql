-- DropForeignKey
ALTER TABLE "Customer24" DROP CONSTRAINT "Customer24_order2Id_fkey";

-- AlterTable
ALTER TABLE "Review67" ADD COLUMN     "addedField1" INTEGER NOT NULL DEFAULT 7;

-- DropTable
DROP TABLE "Customer24";
