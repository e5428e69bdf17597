// `securebase-cli client …`: add, list, show, edit, discharge, reopen, erase.
#include <memory>
#include <ostream>

#include "cli/client_options.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "core/clock.h"
#include "core/errors.h"
#include "core/text_fold.h"

namespace sb::cli {
namespace {

struct ClientCommandState {
    ClientOptions fields;
    std::string code;
    std::string confirm_code;
    std::string search;
    std::string statuses = "active,paused";
    std::string discharge_date;
};

std::optional<std::string> partner_code_of(storage::Vault& vault, const Client& client) {
    if (!client.partner_id) {
        return std::nullopt;
    }
    return vault.clients().get(*client.partner_id).code;
}

void resolve_partner(storage::Vault& vault, const ClientOptions& options, Client& client) {
    if (options.partner_code) {
        client.partner_id = vault.clients().get_by_code(*options.partner_code).id;
    }
}

ClientFilter parse_filter(const std::string& statuses, const std::string& search) {
    ClientFilter filter;
    filter.search = search;
    filter.active = filter.paused = filter.discharged = false;
    std::string rest = statuses;
    while (!rest.empty()) {
        const auto comma = rest.find(',');
        const std::string word = trim(rest.substr(0, comma));
        rest = comma == std::string::npos ? "" : rest.substr(comma + 1);
        if (word == "all") {
            filter.active = filter.paused = filter.discharged = true;
        } else if (word == "active") {
            filter.active = true;
        } else if (word == "paused") {
            filter.paused = true;
        } else if (word == "discharged") {
            filter.discharged = true;
        } else {
            throw InvalidInput("Unknown status \"" + word +
                               "\": use active, paused, discharged or all.");
        }
    }
    return filter;
}

void show(CliContext& context, storage::Vault& vault, const Client& client) {
    const auto partner = partner_code_of(vault, client);
    if (context.json) {
        context.out << client_json(client, partner).dump(2) << '\n';
    } else {
        print_client(context.out, client, partner);
    }
}

}  // namespace

void add_client_commands(CLI::App& app, CliContext& context) {
    auto state = std::make_shared<ClientCommandState>();
    auto* client = app.add_subcommand("client", "Keep client records");
    client->require_subcommand(1);

    auto* add = client->add_subcommand("add", "Add a client; prints the new client code");
    state->fields.add_to(*add);
    add->callback([&context, state] {
        auto vault = context.open_vault();
        Client record;
        record.intake_date = today_iso(SystemClock());
        state->fields.apply_to(record);
        resolve_partner(*vault, state->fields, record);
        const Client stored = vault->clients().add(record);
        if (context.json) {
            context.out << client_json(stored, partner_code_of(*vault, stored)).dump(2) << '\n';
        } else {
            context.out << stored.code << '\n';
        }
    });

    auto* list = client->add_subcommand("list", "List clients, active and paused by default");
    list->add_option("--search", state->search, "part of a name or client code");
    list->add_option("--status", state->statuses,
                     "comma-separated: active, paused, discharged or all")
        ->capture_default_str();
    list->add_flag("--json", context.json, "print a JSON array");
    list->callback([&context, state] {
        auto vault = context.open_vault();
        const auto rows = vault->clients().list(parse_filter(state->statuses, state->search));
        if (context.json) {
            auto array = nlohmann::json::array();
            for (const auto& row : rows) {
                array.push_back(summary_json(row));
            }
            context.out << array.dump(2) << '\n';
        } else {
            print_client_table(context.out, rows);
        }
    });

    auto* show_cmd = client->add_subcommand("show", "Show every field of one client");
    show_cmd->add_option("code", state->code, "client code")->required();
    show_cmd->add_flag("--json", context.json, "print a JSON object");
    show_cmd->callback([&context, state] {
        auto vault = context.open_vault();
        const auto found = vault->clients().get_by_code(state->code);
        show(context, *vault, vault->clients().open_record(found.id));
    });

    auto* edit = client->add_subcommand("edit", "Change fields of a client");
    edit->add_option("code", state->code, "client code")->required();
    state->fields.add_to(*edit);
    edit->add_flag("--json", context.json, "print the result as JSON");
    edit->callback([&context, state] {
        auto vault = context.open_vault();
        Client record = vault->clients().get_by_code(state->code);
        state->fields.apply_to(record);
        resolve_partner(*vault, state->fields, record);
        show(context, *vault, vault->clients().update(record));
    });

    auto* discharge = client->add_subcommand("discharge", "Discharge a client");
    discharge->add_option("code", state->code, "client code")->required();
    discharge->add_option("--date", state->discharge_date, "discharge date, default today");
    discharge->callback([&context, state] {
        auto vault = context.open_vault();
        const auto found = vault->clients().get_by_code(state->code);
        const std::string date =
            state->discharge_date.empty() ? today_iso(SystemClock()) : state->discharge_date;
        const auto done = vault->clients().discharge(found.id, date);
        context.out << done.code << " discharged on " << done.discharge_date << '\n';
    });

    auto* reopen = client->add_subcommand("reopen", "Re-open a discharged client");
    reopen->add_option("code", state->code, "client code")->required();
    reopen->callback([&context, state] {
        auto vault = context.open_vault();
        const auto done = vault->clients().reopen(vault->clients().get_by_code(state->code).id);
        context.out << done.code << " is active again\n";
    });

    auto* erase = client->add_subcommand(
        "erase", "Erase a client permanently (cannot be undone; audited by client code)");
    erase->add_option("code", state->code, "client code")->required();
    erase->add_option("--confirm", state->confirm_code, "type the client code again to confirm");
    erase->callback([&context, state] {
        if (fold_for_search(trim(state->confirm_code)) != fold_for_search(trim(state->code))) {
            throw InvalidInput(
                "Erasing a client is permanent: repeat the client code with "
                "--confirm " +
                trim(state->code) + " to go ahead.");
        }
        auto vault = context.open_vault();
        const auto found = vault->clients().get_by_code(state->code);
        vault->clients().erase(found.id);
        context.out << found.code << " erased permanently\n";
    });
}

}  // namespace sb::cli
