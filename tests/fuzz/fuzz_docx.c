/* fuzz_docx.c: libFuzzer entry point for the office readers (foi_fuzz_docx in harness.c:
 * one part of a DOCX in an otherwise valid archive).
 * Built by tests/fuzz/run.sh: clang -fsanitize=fuzzer,address,undefined. */
#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return foi_fuzz_docx(data, size);
}
