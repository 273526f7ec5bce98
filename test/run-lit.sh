#!/usr/bin/env bash
# run-lit.sh LIT_PY TEST_DIR - run the lit suite (ctest `lit`) while recording everything
# schemac prints (utils/record-output.sh), then grep that output for the passwords the tests
# put in their URLs: none may ever be printed, by any test, in any form.
set -uo pipefail
lit=$1 dir=$2
log=$(mktemp)
trap 'rm -f "$log"' EXIT
export SCHEMAC_OUTPUT_LOG=$log
python3 "$lit" -sv "$dir"
status=$?
# Every password a test URL carries (grep -rhoE 'postgres(ql)?://[^:]*:[^@]*@' test/), as
# written and percent-decoded.
passwords=(S3cretPw hunter2 topsecret s3cret-pw 'S3cret@Pw' 'S3cret%40Pw')
found=0
for password in "${passwords[@]}"; do
  if grep -n -F -- "$password" "$log" | head -5 | grep .; then
    echo "error: the output of the lit tests contains the test password \`$password\`"
    found=1
  fi
done
echo "password check: $(wc -c < "$log") bytes of schemac output from the lit tests searched"
[ "$status" -eq 0 ] && [ "$found" -eq 0 ]
