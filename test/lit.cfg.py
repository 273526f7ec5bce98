# -*- Python -*-
# lit configuration for schemac's golden-file tests.
import os

import lit.formats

config.name = "schemac"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".prisma", ".test"]
config.excludes = ["Inputs", "unit", "fuzz", "cmake", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.schemac_obj_root, "test")

# schemac first, then LLVM's FileCheck, not, split-file.
config.environment["PATH"] = os.pathsep.join(
    [config.schemac_tools_dir, config.llvm_tools_dir, config.environment.get("PATH", "")]
)
# test/run-lit.sh records everything schemac prints (SCHEMAC_OUTPUT_LOG) to grep it for the
# test passwords afterwards: a `schemac` and a `schemac-opt` that record (through
# utils/record-output.sh) come first in PATH then.
if os.environ.get("SCHEMAC_OUTPUT_LOG"):
    record_dir = os.path.join(config.schemac_obj_root, "test", "record-bin")
    os.makedirs(record_dir, exist_ok=True)
    for tool in ("schemac", "schemac-opt"):
        wrapper = os.path.join(record_dir, tool)
        with open(wrapper, "w") as out:
            out.write("#!/bin/sh\nexec %s %s \"$@\"\n" % (
                os.path.join(config.schemac_src_root, "utils", "record-output.sh"),
                os.path.join(config.schemac_tools_dir, tool)))
        os.chmod(wrapper, 0o755)
    config.environment["PATH"] = os.pathsep.join([record_dir, config.environment["PATH"]])
    config.environment["SCHEMAC_OUTPUT_LOG"] = os.environ["SCHEMAC_OUTPUT_LOG"]
# Same FileCheck strictness as MLIR's test suite.
config.environment["FILECHECK_OPTS"] = "-enable-var-scope --allow-unused-prefixes=false"
# The hooks of .pre-commit-hooks.yaml run under the real pre-commit (utils/setup.sh).
import shutil
if shutil.which("pre-commit"):
    config.available_features.add("pre-commit")
config.substitutions.append(("%src_root", config.schemac_src_root))
# Diagnostics must not depend on the terminal.
config.environment.pop("TERM", None)
config.substitutions.append(("%examples", os.path.join(config.schemac_src_root, "examples")))
config.substitutions.append(("%utils", os.path.join(config.schemac_src_root, "utils")))
config.substitutions.append(("%schemac_bin", os.path.join(config.schemac_tools_dir, "schemac")))
if config.schemac_sanitize.upper() in ("ON", "1", "TRUE", "YES"):
    config.available_features.add("sanitize")

# A PostgreSQL server started by ctest's `postgres-start` fixture (utils/pg-test-server.sh).
# Tests that use it say `REQUIRES: postgres`; %psql runs psql against it and stops at the
# first error. Under ctest the server is always there; run-tests.sh never skips them.
pg_dir = os.environ.get("SCHEMAC_TEST_PG")
if pg_dir:
    config.available_features.add("postgres")
    config.environment["SCHEMAC_TEST_PG"] = pg_dir
    config.substitutions.append(
        ("%psql", "psql -X -q -h %s -U postgres -v ON_ERROR_STOP=1" % pg_dir))
    config.substitutions.append(("%pghost", pg_dir))
elif os.environ.get("SCHEMAC_REQUIRE_POSTGRES"):
    lit_config.fatal("SCHEMAC_REQUIRE_POSTGRES is set but SCHEMAC_TEST_PG is not")
