/* main.c: the program entry point; everything else lives in libfoi. */
#include "cli.h"

int main(int argc, char **argv)
{
    return foi_cli_main(argc, argv);
}
