/* fuzz_pdf.c: libFuzzer entry point for the PDF reader (foi_read_pdf: MuPDF and
 * the layout analysis) with default limits. The body lives in harness.c
 * (foi_fuzz_pdf) so the replay test runs it too.
 * Built by tests/fuzz/run.sh: clang -fsanitize=fuzzer,address,undefined. */
#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return foi_fuzz_pdf(data, size);
}
