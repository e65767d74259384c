/* cli.c: argument parsing and every message foi prints (stderr for problems,
 * stdout for requested output). Subcommands: build, inspect, parsers, forces,
 * diff, validate. */
#include "cli.h"
#include "foi.h"

#include <stdio.h>
#include <string.h>

static void usage(FILE *fp)
{
    fputs("usage: foi <command> [options]\n"
          "\n"
          "commands:\n"
          "  build IN_DIR -o OUT_DIR   parse every response under IN_DIR into a dataset\n"
          "  inspect FILE              show what the readers and parsers make of one file\n"
          "  parsers                   list the parser plugins\n"
          "  forces                    list the canonical forces\n"
          "  diff OLD_OUT NEW_OUT      figures added, removed and changed between builds\n"
          "  validate OUT_DIR          re-check a built dataset\n"
          "\n"
          "options: --help, --version; `foi COMMAND --help` for a command's options\n", fp);
}

int foi_cli_main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return FOI_EXIT_USAGE;
    }
    if (!strcmp(argv[1], "--version")) {
        printf("foi %s\n", FOI_VERSION);
        return FOI_EXIT_OK;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        usage(stdout);
        return FOI_EXIT_OK;
    }
    fprintf(stderr, "foi: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return FOI_EXIT_USAGE;
}
