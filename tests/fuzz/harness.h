/* harness.h: the fuzz targets as plain functions, shared by the libFuzzer entry
 * points (tests/fuzz/fuzz_<target>.c), the replay tool (tests/fuzz/replay.c)
 * and the replay unit test (tests/unit/test_fuzz_replay.c). */
#ifndef FOI_FUZZ_HARNESS_H
#define FOI_FUZZ_HARNESS_H

#include <stddef.h>
#include <stdint.h>

/* Load what the targets share (the shipped taxonomy); 0 or a FOI_E* code. */
int foi_fuzz_init(void);
void foi_fuzz_fini(void);

int foi_fuzz_html(const uint8_t *data, size_t n);
int foi_fuzz_csv(const uint8_t *data, size_t n);
int foi_fuzz_text(const uint8_t *data, size_t n);
int foi_fuzz_pdf(const uint8_t *data, size_t n);
int foi_fuzz_bytes(const uint8_t *data, size_t n);
int foi_fuzz_period(const uint8_t *data, size_t n);
int foi_fuzz_value(const uint8_t *data, size_t n);
int foi_fuzz_process(const uint8_t *data, size_t n);
int foi_fuzz_serial(const uint8_t *data, size_t n);
int foi_fuzz_xlsx(const uint8_t *data, size_t n);   /* one part of a workbook */
int foi_fuzz_docx(const uint8_t *data, size_t n);   /* one part of a Word document */
int foi_fuzz_ods(const uint8_t *data, size_t n);    /* content.xml of an ODS or ODT */
int foi_fuzz_zip(const uint8_t *data, size_t n);    /* the archive bytes */
int foi_fuzz_xls(const uint8_t *data, size_t n);    /* an OLE2 compound file */

/* Name -> function, for replay: the table ends with a NULL name. */
struct foi_fuzz_target {
    const char *name;
    int (*run)(const uint8_t *data, size_t n);
};
extern const struct foi_fuzz_target foi_fuzz_targets[];
const struct foi_fuzz_target *foi_fuzz_find(const char *name);

#endif
