/* fuzz_html.c: libFuzzer entry point for the HTML reader (foi_read_html) with default limits.
 * The body lives in harness.c (foi_fuzz_html) so the replay test runs it too.
 * Built by tests/fuzz/run.sh: clang -fsanitize=fuzzer,address,undefined. */
#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return foi_fuzz_html(data, size);
}
