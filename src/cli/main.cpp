#include <sys/prctl.h>
#include <sys/resource.h>

#include <iostream>

#include "cli/run_cli.h"

int main(int argc, char** argv) {
    // A core dump would hold decrypted client records and the data key.
    const rlimit no_core{0, 0};
    setrlimit(RLIMIT_CORE, &no_core);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    return sb::cli::run_cli(argc, argv, std::cout, std::cerr);
}
