#pragma once
// The subcommands of securebase-cli, one registration function per group.
#include <CLI/CLI.hpp>

#include "cli/cli_context.h"

namespace sb::cli {

void add_vault_commands(CLI::App& app, CliContext& context);
void add_client_commands(CLI::App& app, CliContext& context);
void add_audit_commands(CLI::App& app, CliContext& context);

}  // namespace sb::cli
