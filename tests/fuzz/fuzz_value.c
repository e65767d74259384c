/* fuzz_value.c: libFuzzer entry point for cell and prose values (foi_value_parse, foi_value_scan).
 * The body lives in harness.c (foi_fuzz_value) so the replay test runs it too.
 * Built by tests/fuzz/run.sh: clang -fsanitize=fuzzer,address,undefined. */
#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return foi_fuzz_value(data, size);
}
