/* read.h: the readers, bytes -> document. Each format's reader fills a
 * foi_doc (core/doc.h) that the caller initialised; these are the only files
 * that see libxml2, libcsv, libzip or the PDF library. */
#ifndef FOI_READ_H
#define FOI_READ_H

#include "../core/doc.h"

/* Sniff the format from content (extension only breaks ties). */
unsigned foi_sniff_format(const char *bytes, size_t n, const char *path);

/* Readers: bytes -> document. Each fills doc (which the caller initialised) and
 * returns 0, or an error code with err naming line/cell. On error the doc may
 * hold partial content; the caller still releases it. */
int foi_read_html(struct foi_doc *doc, const char *bytes, size_t n,
                  const struct foi_limits *lim, struct foi_err *err);
int foi_read_csv(struct foi_doc *doc, const char *bytes, size_t n,
                 const struct foi_limits *lim, struct foi_err *err);
int foi_read_text(struct foi_doc *doc, const char *bytes, size_t n,
                  const struct foi_limits *lim, struct foi_err *err);
/* Binary formats, told apart by their content (extensions lie). */
/* A zip archive: XLSX/XLSM or DOCX by [Content_Types].xml, ODS or ODT by the
 * OpenDocument mimetype entry (read_zip.c and the format readers it calls). */
int foi_read_zip(struct foi_doc *doc, const char *bytes, size_t n,
                 const struct foi_limits *lim, struct foi_err *err);
/* An OLE2 compound file: an Excel 97-2003 workbook (BIFF8); a Word 97 .doc
 * is a clear error asking for .docx (read_xls.c). */
int foi_read_ole2(struct foi_doc *doc, const char *bytes, size_t n,
                  const struct foi_limits *lim, struct foi_err *err);
/* A PDF: lines in reading order, ruled and unruled tables, page furniture
 * kept out (read_pdf.c). */
int foi_read_pdf(struct foi_doc *doc, const char *bytes, size_t n,
                 const struct foi_limits *lim, struct foi_err *err);
/* The binary format of bytes by its magic (FOI_FMT_PDF for "%PDF-" near
 * the start, FOI_FMT_XLSX for any zip archive until read_zip.c looks inside,
 * FOI_FMT_XLS for an OLE2 compound file), or 0 for text. */
unsigned foi_sniff_binary(const char *bytes, size_t n);

/* Rich Text Format (read_rtf.c): paragraphs as lines ("paragraph N"), tables
 * from \trowd ... \cell ... \row with merged cells filled like spans. */
int foi_read_rtf(struct foi_doc *doc, const char *bytes, size_t n, const struct foi_limits *lim,
                 struct foi_err *err);
/* "image/png", "image/jpeg", "image/gif", "image/tiff", "image/webp",
 * "image/bmp" when the bytes open with that picture's signature, else NULL. A
 * picture is read as a document with nothing in it and one error note
 * (no_text_layer): the file failed, with the reason a person needs. */
const char *foi_picture_type(const char *bytes, size_t n);
/* Sniff, decode and dispatch to the right reader. */
int foi_read_bytes(struct foi_doc *doc, const char *bytes, size_t n,
                   const struct foi_limits *lim, struct foi_err *err);
/* Read a regular file (size checked first) and dispatch. */
int foi_read_file(struct foi_doc *doc, const char *fs_path,
                  const struct foi_limits *lim, struct foi_err *err);

/* A MIME e-mail whose body is encoded or in parts (read_mime.c): *out gets
 * the text a reader sees (the text/plain part under the message's From, To,
 * Date and Subject lines, else the text/html part, *html set), decoded, in
 * the arena. 1 when read so, 0 when the bytes are no such message (a plain
 * one is left as it is), -1 out of memory. */
int foi_mime_text(struct foi_arena *a, const char *bytes, size_t n, const char **out, size_t *out_len,
                  int *html);
/* A file a MIME e-mail carries (foi_mime_attachments): its name as the
 * message gives it (RFC 2047 and 2231 forms decoded; the last path component,
 * "" when none), its content type in lower case without parameters, and its
 * bytes decoded (NUL after them), all in the arena. */
struct foi_mime_part {
    const char *name, *type;
    const char *bytes;
    size_t n;
    int marked;      /* Content-Disposition: attachment (else a named part shown in the message) */
    const char *problem;   /* why an archive's file has no bytes (foi_zip_files), else NULL */
};
/* The files a multipart message carries, in message order: parts marked
 * Content-Disposition: attachment, and parts that are not text and name a
 * file (a message attached whole is listed, type message/rfc822). At most
 * max into out; the count, 0 for no message or none, -1 out of memory. */
int foi_mime_attachments(struct foi_arena *a, const char *bytes, size_t n, struct foi_mime_part *out, int max);
/* An Outlook message (.msg: an OLE2 compound file of MAPI properties,
 * read_msg.c). foi_msg_is: 1 when bytes are one. foi_msg_text: what a reader
 * of it sees, as foi_mime_text gives it for a MIME e-mail (From, To, Cc, Date
 * and Subject lines over the plain-text body, else the HTML body with *html
 * set), in the arena; 0, FOI_ENOTFOUND (err untouched) when the bytes are
 * no Outlook message (an OLE2 workbook, or no compound file at all), or
 * FOI_EPARSE (no body but rich text, a damaged part) / FOI_ENOMEM in err. foi_msg_attachments: the files it carries as
 * foi_mime_attachments gives them (a message attached whole listed with type
 * message/rfc822 and no bytes; a picture shown in the body not marked; a
 * damaged one with no bytes); the count, -1 out of memory. */
int foi_msg_is(const char *bytes, size_t n);
/* foi_msg_text sets *html = 2 when the message's only body is its rich text
 * (PR_RTF_COMPRESSED): *out is then RTF, decompressed by foi_rtf_decompress
 * ([MS-OXRTFCP]: "LZFu" compressed or "MELA" stored; the raw size at most
 * cap), into the arena with a NUL after it; FOI_EPARSE when it is damaged
 * or no RTF, FOI_ELIMIT over cap, FOI_ENOMEM. */
int foi_rtf_decompress(struct foi_arena *a, const unsigned char *in, size_t n, size_t cap, const char **out,
                       size_t *out_len, struct foi_err *err);
int foi_msg_text(struct foi_arena *a, const char *bytes, size_t n, const char **out, size_t *out_len, int *html,
                 struct foi_err *err);
int foi_msg_attachments(struct foi_arena *a, const char *bytes, size_t n, struct foi_mime_part *out, int max);
/* The files a PDF carries (its EmbeddedFiles name tree, then its pages'
 * file attachment annotations, each file once; read_pdf.c), as
 * foi_mime_attachments gives an e-mail's: name = the name it was saved under
 * (its last path part), type "image/..." for a picture and
 * "message/rfc822" for an e-mail by its name (neither with bytes), bytes
 * under the archive caps (max_entry_bytes and max_file_bytes a file,
 * max_inflated_bytes all) in the arena with a NUL after them; a file over
 * them or unreadable has no bytes and `problem` saying why. At most max;
 * the count (0 for none, or a PDF MuPDF cannot open), -1 out of memory. */
int foi_pdf_attachments(struct foi_arena *a, const char *bytes, size_t n, const struct foi_limits *lim,
                        struct foi_mime_part *out, int max);
/* The files a plain zip archive carries (a disclosure portal's pack; one
 * foi_read_zip reads as FOI_FMT_ZIP), in the archive's order, as
 * foi_mime_attachments gives an e-mail's: name = the path inside the archive
 * ('/'-separated, no leading "./"), type "image/..." for a picture by its
 * name (not inflated) else "application/octet-stream", bytes inflated under
 * the archive caps (office.h; a file no larger than max_file_bytes) into the
 * arena with a NUL after them. Folders,
 * __MACOSX, ._*, .DS_Store, Thumbs.db and desktop.ini are left out. A file
 * that cannot be inflated (encrypted, damaged, over the entry limit) has no
 * bytes and `problem` saying why; the others are read. At most max; the
 * count, or -1 with err saying why (the archive cannot be opened, holds no
 * files, inflates past the archive-wide limit, out of memory). */
int foi_zip_files(struct foi_arena *a, const char *bytes, size_t n, const struct foi_limits *lim,
                  struct foi_mime_part *out, int max, struct foi_err *err);
/* The two transfer encodings into out (room for n bytes); the length. */
size_t foi_mime_qp_decode(const char *s, size_t n, char *out);
size_t foi_mime_b64_decode(const char *s, size_t n, char *out);

/* Decode bytes to UTF-8: BOMs, UTF-16 (with BOM), Windows-1252 for invalid
 * UTF-8. *enc_out gets a static name. Result in the doc arena. */
int foi_decode_utf8(struct foi_arena *a, const char *bytes, size_t n,
                    const char **out, size_t *out_len, const char **enc_out,
                    struct foi_err *err);

/* --- reader helpers (parsers/read_*.c), appended for the readers ---------- */
/* Like foi_decode_utf8, but when the bytes are already plain UTF-8 (no BOM)
 * *out points into bytes itself (no copy, not NUL-terminated); otherwise the
 * decoded copy is in the arena. */
int foi_decode_utf8_view(struct foi_arena *a, const char *bytes, size_t n,
                         const char **out, size_t *out_len, const char **enc_out,
                         struct foi_err *err);
/* The readers' first steps: *lim made the defaults when NULL, the bytes
 * decoded (foi_decode_utf8_view), doc->format set and doc->encoding set
 * unless a caller already did. 0 or the decoding error. */
int foi_read_start(struct foi_doc *doc, unsigned format, const char *bytes, size_t n,
                   const struct foi_limits **lim, const char **text, size_t *len,
                   struct foi_err *err);
/* The CSV delimiter (',', ';' or '\t') that gives the most consistent
 * multi-field records among the first records of UTF-8 text, or the one an
 * Excel "sep=X" first line names. *agree (if not NULL) gets how many records
 * agree on its field count: 0 when nothing looks like CSV (the comma is then
 * returned). */
int foi_csv_sniff_delim(const char *text, size_t n, int *agree);
/* Set up libxml2 once (allocator through foi_malloc, no network, no external
 * entities, errors never printed). The HTML reader calls it lazily; a program
 * that uses libxml2 itself must call it before its first libxml2 call. */
void foi_xml_init(void);
/* Did a libxml2 allocation fail (in this thread) since the last call? The
 * call clears the flag; readers ask it after each parse. */
int foi_xml_oom_take(void);
/* Test hook: feed libcsv in chunks of n bytes (0 = the default, 64 KiB). */
void foi_csv_set_chunk_size(size_t n);
/* A count-like cell: digits with optional thousands separators, decimals, %,
 * a leading < or >, spaces and tabs around; a four-digit year (1900..2099)
 * is not a count. */
int foi_count_cell(const char *s);
/* A byte count for messages: "70 MB", "1.5 KB", "812 bytes" (rounded up). */
void foi_size_text(char *buf, size_t bufsz, unsigned long long bytes);

/* A table setting the request beside the answer ("Your request" | "Our
 * response", the answers in sentences) becomes the letter's paragraphs in its
 * place, "Request: ..." then "Response: ..." for each row, each line located
 * at its cell (read_qa.c); foi_process_file does this after foi_read_bytes,
 * for every format read. 0 or FOI_ENOMEM. */
int foi_doc_unroll_answer_tables(struct foi_doc *doc);
/* A question and its answer on one line ("Q1. How many ...? A1. 14
 * allegations ...", "Question 2: ... Response: ...") become a line for each,
 * as when the answer starts a line of its own: both keep the line's number
 * and locator. A document with a text table (its lines counted by the
 * file's, first_line) is left as it is. foi_process_file does this after
 * foi_doc_unroll_answer_tables. 0 or FOI_ENOMEM. */
int foi_doc_split_inline_answers(struct foi_doc *doc);

/* A data dictionary (codes.c): the first table of doc headed by a code and
 * a description column ("CODE", "DESCRIPTION"; a "FIELD" column optional)
 * with three codes or more, appended to out as context lines ("codes:
 * FIELD: CODE = DESCRIPTION"); nothing when doc has none. 0 or FOI_ENOMEM. */
int foi_doc_code_dictionary(const struct foi_doc *doc, struct foi_buf *out);
/* The codes of doc's context (a data dictionary beside it) read as their
 * meanings: each column whose every value is a code the dictionary gives for
 * that column's head (or for no field), and header cells that are codes,
 * take the description in the code's place. foi_process_file does this after
 * foi_read_bytes. 0 or FOI_ENOMEM. */
int foi_doc_apply_codes(struct foi_doc *doc);

#endif
