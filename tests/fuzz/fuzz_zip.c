/* fuzz_zip.c: libFuzzer entry point for the office readers (foi_fuzz_zip in harness.c:
 * zip archive bytes as they come).
 * Built by tests/fuzz/run.sh: clang -fsanitize=fuzzer,address,undefined. */
#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return foi_fuzz_zip(data, size);
}
