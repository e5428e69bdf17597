#pragma once
// The client fields as command-line options (--legal-name, --preferred-name, …), shared by
// `client add` and `client edit`: only the options given change a field.
#include <CLI/CLI.hpp>
#include <map>
#include <optional>
#include <string>

#include "core/client.h"

namespace sb::cli {

struct ClientOptions {
    std::map<std::string, std::optional<std::string>> text;  // by field key
    std::optional<std::string> relationship_status;
    std::optional<std::string> status;  // active or paused (discharge has its own command)
    std::optional<std::string> partner_code;
    bool no_partner = false;

    void add_to(CLI::App& command);
    // Applies the options given; the partner is resolved by the caller (it needs the vault).
    void apply_to(Client& client) const;
};

}  // namespace sb::cli
