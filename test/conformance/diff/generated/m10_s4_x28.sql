-- DropForeignKey
ALTER TABLE "Customer4" DROP CONSTRAINT "Customer4_order2Id_fkey";

-- DropForeignKey
ALTER TABLE "_M7_4" DROP CONSTRAINT "_M7_4_A_fkey";

-- DropTable
DROP TABLE "Customer4";

-- CreateTable
CREATE TABLE "customer4_table" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER[],
    "intField1" INTEGER[],
    "decimalField2" DECIMAL(65,30)[],
    "intField3" INTEGER[],
    "jsonField4" JSONB,
    "decimal_field_5" DECIMAL(10,2) NOT NULL,
    "intField6" SMALLINT,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER,

    CONSTRAINT "customer4_table_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Added1" (
    "id" SERIAL NOT NULL,
    "label" VARCHAR(80) NOT NULL,
    "target1Id" INTEGER,

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "customer4_table_code_key" ON "customer4_table"("code");

-- CreateIndex
CREATE INDEX "customer4_table_createdAt_idx" ON "customer4_table"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "customer4_table_code_createdAt_key" ON "customer4_table"("code", "createdAt");

-- CreateIndex
CREATE INDEX "Added1_target1Id_idx" ON "Added1"("target1Id");

-- AddForeignKey
ALTER TABLE "customer4_table" ADD CONSTRAINT "customer4_table_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "order2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Added1" ADD CONSTRAINT "Added1_target1Id_fkey" FOREIGN KEY ("target1Id") REFERENCES "Invoice1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M7_4" ADD CONSTRAINT "_M7_4_A_fkey" FOREIGN KEY ("A") REFERENCES "customer4_table"("id") ON DELETE CASCADE ON UPDATE CASCADE;
