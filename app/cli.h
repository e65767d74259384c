/* cli.h: the command line (the only code that prints). */
#ifndef FOI_CLI_H
#define FOI_CLI_H

/* Exit statuses of foi (pinned by tests/e2e). */
enum foi_exit {
    FOI_EXIT_OK = 0,          /* every input parsed */
    FOI_EXIT_USAGE = 1,       /* usage error */
    FOI_EXIT_PARTIAL = 2,     /* finished, but some inputs failed (see issues.csv) */
    FOI_EXIT_WRITE = 3,       /* outputs could not be written; previous build untouched */
};

int foi_cli_main(int argc, char **argv);

#endif
