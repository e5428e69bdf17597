#pragma once
// securebase-cli as a function, so tests can run commands in-process and compare what they
// print exactly (output goes through the streams given, never straight to std::cout).
#include <iosfwd>

namespace sb::cli {

int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace sb::cli
