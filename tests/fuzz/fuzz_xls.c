/* fuzz_xls.c: libFuzzer entry point for the office readers (foi_fuzz_xls in harness.c:
 * an OLE2 compound file: Excel 97-2003 or anything else).
 * Built by tests/fuzz/run.sh: clang -fsanitize=fuzzer,address,undefined. */
#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return foi_fuzz_xls(data, size);
}
