/* fuzz_period.c: libFuzzer entry point for period expressions (foi_period_parse, foi_period_find_all).
 * The body lives in harness.c (foi_fuzz_period) so the replay test runs it too.
 * Built by tests/fuzz/run.sh: clang -fsanitize=fuzzer,address,undefined. */
#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return foi_fuzz_period(data, size);
}
