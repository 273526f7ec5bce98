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
