/* fuzz_ods.c: libFuzzer entry point for the office readers (foi_fuzz_ods in harness.c:
 * content.xml of an ODS or ODT).
 * Built by tests/fuzz/run.sh: clang -fsanitize=fuzzer,address,undefined. */
#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return foi_fuzz_ods(data, size);
}
