// `securebase-cli vault …` and `audit …`: create, inspect and manage the keys of a vault.
#include <memory>
#include <ostream>

#include "cli/commands.h"
#include "cli/output.h"
#include "crypto/recovery_key.h"
#include "storage/vault.h"

namespace sb::cli {
namespace {

struct VaultCommandState {
    std::string practice_name;
    std::string counsellor_name;
};

void print_recovery_key(std::ostream& out, const crypto::SecureBuffer& key) {
    const crypto::SecureBuffer::Reader reader(key);
    out << "Recovery key (shown once; print it and keep it away from this computer):\n\n    ";
    out.write(reinterpret_cast<const char*>(reader.data()),
              static_cast<std::streamsize>(reader.size()));
    out << "\n\nIt opens this vault if the passphrase is forgotten. Anyone holding it can open "
           "the vault.\n";
}

}  // namespace

void add_vault_commands(CLI::App& app, CliContext& context) {
    auto state = std::make_shared<VaultCommandState>();
    auto* vault = app.add_subcommand("vault", "Create and manage the practice vault");
    vault->require_subcommand(1);

    auto* init = vault->add_subcommand("init", "Create a practice vault; prints its recovery key");
    init->add_option("--practice", state->practice_name, "practice name")->required();
    init->add_option("--counsellor", state->counsellor_name, "counsellor's name")->required();
    init->callback([&context, state] {
        const auto passphrase = context.new_passphrase(state->counsellor_name);
        const auto recovery = crypto::generate_recovery_key();
        const auto created = storage::Vault::create(
            context.vault_folder, {state->practice_name, state->counsellor_name, false}, passphrase,
            recovery, context.vault_options());
        context.out << "Created the practice vault in " << context.vault_folder.string() << "\n";
        print_recovery_key(context.out, recovery);
    });

    auto* status = vault->add_subcommand("status", "Describe the vault without unlocking it");
    status->add_flag("--json", context.json, "print a JSON object");
    status->callback([&context] {
        const auto info = storage::Vault::status(context.vault_folder);
        if (context.json) {
            context.out << nlohmann::json{{"folder", context.vault_folder.string()},
                                          {"exists", info.exists},
                                          {"passphrase_slots", info.passphrase_slots},
                                          {"recovery_key", info.has_recovery_slot},
                                          {"failed_unlocks", info.failed_unlocks_since_last_open},
                                          {"wait_seconds", info.wait_before_next_attempt.count()}}
                               .dump(2)
                        << '\n';
            return;
        }
        if (!info.exists) {
            context.out << "No practice vault in " << context.vault_folder.string() << "\n";
            return;
        }
        context.out << "Practice vault:        " << context.vault_folder.string() << "\n"
                    << "Passphrase slots:      " << info.passphrase_slots << "\n"
                    << "Recovery key slot:     " << (info.has_recovery_slot ? "yes" : "no") << "\n"
                    << "Failed unlocks since last opened: " << info.failed_unlocks_since_last_open
                    << "\n";
    });

    auto* passwd = vault->add_subcommand(
        "passwd", "Change your passphrase (rewrites your key slot, not the database)");
    passwd->callback([&context] {
        const auto current = context.unlock_secret();
        auto opened = context.open_vault_with(current);
        const auto next = context.new_passphrase("this vault");
        opened->change_passphrase(current, next);
        context.out << "Passphrase changed.\n";
    });

    auto* add_slot = vault->add_subcommand("add-slot", "Add a second counsellor's passphrase");
    add_slot->add_option("--counsellor", state->counsellor_name, "their name")->required();
    add_slot->callback([&context, state] {
        auto opened = context.open_vault();
        const auto passphrase = context.new_passphrase(state->counsellor_name);
        opened->add_passphrase_slot(state->counsellor_name, passphrase);
        context.out << "Added a passphrase for " << state->counsellor_name << ".\n";
    });

    auto* recovery =
        vault->add_subcommand("recovery", "Make a new recovery key; the old one stops working");
    recovery->callback([&context] {
        auto opened = context.open_vault();
        const auto key = crypto::generate_recovery_key();
        opened->replace_recovery_key(key);
        print_recovery_key(context.out, key);
    });
}

void add_audit_commands(CLI::App& app, CliContext& context) {
    auto limit = std::make_shared<int>(50);
    auto* audit = app.add_subcommand("audit", "Read the audit log");
    audit->require_subcommand(1);
    auto* list = audit->add_subcommand("list", "Recent audit events, newest first");
    list->add_option("--limit", *limit, "how many events")->capture_default_str();
    list->add_flag("--json", context.json, "print a JSON array");
    list->callback([&context, limit] {
        auto opened = context.open_vault();
        const auto events = opened->audit().recent(*limit);
        const auto check = opened->audit().verify();
        if (context.json) {
            auto array = nlohmann::json::array();
            for (const auto& event : events) {
                array.push_back(audit_event_json(event));
            }
            context.out << array.dump(2) << '\n';
            return;
        }
        for (const auto& event : events) {
            context.out << event.at << "  " << event.action << "  " << event.subject << "  "
                        << event.detail << "  (" << event.actor << ")\n";
        }
        context.out << (check.intact ? "Audit chain intact: " : "AUDIT CHAIN BROKEN: ")
                    << check.events << " events\n";
    });
}

}  // namespace sb::cli
