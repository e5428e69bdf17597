#include "cli/client_options.h"

#include "core/errors.h"

namespace sb::cli {
namespace {

std::string option_name(std::string_view key) {
    std::string name = "--";
    for (const char c : key) {
        name += c == '_' ? '-' : c;
    }
    return name;
}

}  // namespace

void ClientOptions::add_to(CLI::App& command) {
    for (const auto& field : client_text_fields()) {
        if (field.key == "discharge_date") {
            continue;  // set by `client discharge`, cleared by `client reopen`
        }
        auto& slot = text[std::string(field.key)];
        // --dob is what people type; --date-of-birth is what the field is called.
        const std::string names =
            option_name(field.key) + (field.key == "date_of_birth" ? ",--dob" : "");
        command.add_option(names, slot, std::string(field.label));
    }
    command.add_option("--relationship-status", relationship_status,
                       "single, dating, partnered, married, separated, divorced, widowed or "
                       "unspecified");
    command.add_option("--status", status, "active or paused");
    auto* partner =
        command.add_option("--partner", partner_code, "the partner's client code (couples work)");
    // Both at once would silently link (the partner is resolved last): refuse the contradiction.
    command.add_flag("--no-partner", no_partner, "remove the partner link")->excludes(partner);
}

void ClientOptions::apply_to(Client& client) const {
    for (const auto& [key, value] : text) {
        if (value) {
            *text_field(client, key) = *value;
        }
    }
    if (relationship_status) {
        const auto parsed = parse_relationship_status(*relationship_status);
        if (!parsed) {
            throw InvalidInput(
                "Relationship status must be one of single, dating, partnered, "
                "married, separated, divorced, widowed or unspecified.");
        }
        client.relationship_status = *parsed;
    }
    if (status) {
        const auto parsed = parse_client_status(*status);
        if (!parsed || *parsed == ClientStatus::Discharged) {
            throw InvalidInput(
                "Status must be active or paused; use `client discharge` to "
                "discharge a client.");
        }
        client.status = *parsed;
    }
    if (no_partner) {
        client.partner_id.reset();
    }
}

}  // namespace sb::cli
