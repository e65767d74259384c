/* serial.h: a dataset (records, sources, issues) to bytes and back, exactly:
 * the forked parse workers send their results to the parent this way, and the
 * rebuild cache stores them this way. Length-prefixed fields; no locale. */
#ifndef FOI_SERIAL_H
#define FOI_SERIAL_H

#include "../core/record.h"

int foi_serial_write(const struct foi_dataset *ds, struct foi_buf *out);
/* Append what data holds to ds. FOI_ECORRUPT on any malformed byte; on any
 * error nothing of data is left in ds (its counts are as they were). */
int foi_serial_read(struct foi_dataset *ds, const char *data, size_t n, struct foi_err *err);

/* SHA-256 of bytes as 64 hex digits + NUL. */
void foi_sha256_hex(const void *data, size_t n, char out[65]);

#endif
