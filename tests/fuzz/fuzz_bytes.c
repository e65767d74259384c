/* fuzz_bytes.c: libFuzzer entry point for sniffing, decoding and dispatch (foi_read_bytes).
 * The body lives in harness.c (foi_fuzz_bytes) so the replay test runs it too.
 * Built by tests/fuzz/run.sh: clang -fsanitize=fuzzer,address,undefined. */
#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return foi_fuzz_bytes(data, size);
}
