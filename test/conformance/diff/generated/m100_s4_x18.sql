-- DropForeignKey
ALTER TABLE "Ticket88" DROP CONSTRAINT "Ticket88_customer84Id_fkey";

-- AlterTable
ALTER TABLE "Project29" DROP COLUMN "stringField0",
ADD COLUMN     "stringfield0_col" VARCHAR(255) NOT NULL;

-- AlterTable
ALTER TABLE "Project49" ALTER COLUMN "datetimeField6" SET DATA TYPE TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Order82" ADD COLUMN     "link1Id" INTEGER;

-- AlterTable
ALTER TABLE "Ticket88" DROP COLUMN "customer84Id";

-- AddForeignKey
ALTER TABLE "Order82" ADD CONSTRAINT "Order82_link1Id_fkey" FOREIGN KEY ("link1Id") REFERENCES "Product23"("id") ON DELETE SET NULL ON UPDATE CASCADE;
