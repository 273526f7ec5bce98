-- CreateIndex
CREATE UNIQUE INDEX "payment6_code_float_field_3_key" ON "payment6"("code", "float_field_3");

-- CreateIndex
CREATE INDEX "Review7_floatField3_idx" ON "Review7"("floatField3");
