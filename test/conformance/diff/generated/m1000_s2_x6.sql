-- AlterEnum
ALTER TYPE "Status10" ADD VALUE 'EXTRA1';

-- AlterEnum
BEGIN;
CREATE TYPE "Status45_new" AS ENUM ('ACTIVE', 'ARCHIVED', 'DELETED');
ALTER TABLE "Shipment45" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "shipment145" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Shipment245" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Shipment345" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Shipment445" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Shipment545" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "shipment645" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Shipment745" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Shipment845" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Shipment945" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Shipment45" ALTER COLUMN "status" TYPE "Status45_new" USING ("status"::text::"Status45_new");
ALTER TABLE "shipment145" ALTER COLUMN "status" TYPE "Status45_new" USING ("status"::text::"Status45_new");
ALTER TABLE "Shipment245" ALTER COLUMN "status" TYPE "Status45_new" USING ("status"::text::"Status45_new");
ALTER TABLE "Shipment345" ALTER COLUMN "status" TYPE "Status45_new" USING ("status"::text::"Status45_new");
ALTER TABLE "Shipment445" ALTER COLUMN "status" TYPE "Status45_new" USING ("status"::text::"Status45_new");
ALTER TABLE "Shipment545" ALTER COLUMN "status" TYPE "Status45_new" USING ("status"::text::"Status45_new");
ALTER TABLE "shipment645" ALTER COLUMN "status" TYPE "Status45_new" USING ("status"::text::"Status45_new");
ALTER TABLE "Shipment745" ALTER COLUMN "status" TYPE "Status45_new" USING ("status"::text::"Status45_new");
ALTER TABLE "Shipment845" ALTER COLUMN "status" TYPE "Status45_new" USING ("status"::text::"Status45_new");
ALTER TABLE "Shipment945" ALTER COLUMN "status" TYPE "Status45_new" USING ("status"::text::"Status45_new");
ALTER TYPE "Status45" RENAME TO "Status45_old";
ALTER TYPE "Status45_new" RENAME TO "Status45";
DROP TYPE "Status45_old";
ALTER TABLE "Shipment45" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "shipment145" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Shipment245" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Shipment345" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Shipment445" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Shipment545" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "shipment645" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Shipment745" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Shipment845" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Shipment945" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
COMMIT;

-- CreateTable
CREATE TABLE "Added2" (
    "id" SERIAL NOT NULL,
    "label" VARCHAR(80) NOT NULL,
    "target2Id" INTEGER,

    CONSTRAINT "Added2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Added2_target2Id_idx" ON "Added2"("target2Id");

-- AddForeignKey
ALTER TABLE "Added2" ADD CONSTRAINT "Added2_target2Id_fkey" FOREIGN KEY ("target2Id") REFERENCES "Event895"("id") ON DELETE CASCADE ON UPDATE CASCADE;
