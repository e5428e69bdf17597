#pragma once
// Keeps client data out of core dumps and away from debuggers of the same user: called first
// thing in main(), before any secret exists.
namespace sb::app {

void harden_process();

}  // namespace sb::app
