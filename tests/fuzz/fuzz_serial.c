/* fuzz_serial.c: libFuzzer entry point for the worker -> parent result format (foi_serial_read).
 * The body lives in harness.c (foi_fuzz_serial) so the replay test runs it too.
 * Built by tests/fuzz/run.sh: clang -fsanitize=fuzzer,address,undefined. */
#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return foi_fuzz_serial(data, size);
}
