#include "app/process_hardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace sb::app {

void harden_process() {
    // Not dumpable: no core file, and ptrace by another process of the same user is refused.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    const rlimit no_core{0, 0};
    setrlimit(RLIMIT_CORE, &no_core);
    // Both are best effort: a failure leaves the defaults, and the app still works.
}

}  // namespace sb::app
