#include "cli/run_cli.h"

#include <clocale>
#include <ostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/errors.h"
#include "storage/demo_practice.h"

namespace sb::cli {
namespace {

std::string exit_code_table() {
    std::string table = "Exit codes:\n  0  success\n  1  command-line usage error\n";
    for (const ErrorKind kind :
         {ErrorKind::InvalidInput, ErrorKind::WrongPassphrase, ErrorKind::VaultDamaged,
          ErrorKind::VaultBusy, ErrorKind::VaultTooNew, ErrorKind::VaultNotFound,
          ErrorKind::VaultExists, ErrorKind::VaultNotWritable, ErrorKind::DiskFull,
          ErrorKind::WeakPassphrase, ErrorKind::NotFound, ErrorKind::Locked, ErrorKind::WrongEngine,
          ErrorKind::FormError, ErrorKind::Internal}) {
        const std::string code = std::to_string(exit_code(kind));
        table += "  " + code + std::string(code.size() < 2 ? 2 : 1, ' ') + error_title(kind) + "\n";
    }
    return table;
}

// CLI11 would repeat every unexpected argument, and one may be a secret typed where it does not
// belong (`--passphrase hunter2`, `--passphrase=hunter2`): name unknown options, never values.
std::string unexpected_arguments(const std::vector<std::string>& extras) {
    std::string listed;
    bool after_option = false;  // words after an unknown option may be its (secret) value
    bool hidden = false;
    bool last_hidden = false;
    for (const auto& extra : extras) {
        std::string shown = extra;
        if (!extra.empty() && extra[0] == '-') {
            const auto equals = extra.find('=');
            after_option = equals == std::string::npos;
            if (!after_option) {
                shown = extra.substr(0, equals) + "=…";
                hidden = true;
            }
            last_hidden = false;
        } else if (after_option) {
            // An unquoted passphrase is several words: one "…" stands for all of them.
            hidden = true;
            if (last_hidden) {
                continue;
            }
            shown = "…";
            last_hidden = true;
        }
        listed += (listed.empty() ? "" : " ") + shown;
    }
    return "Unexpected on the command line: " + listed +
           (hidden ? " (values not repeated, in case one is a secret)." : ".");
}

// CLI11 repeats a value it cannot convert ("Could not convert: --passphrase-fd = hunter2"), and
// a person who takes --passphrase-fd for a passphrase option puts their secret right there.
std::string without_values(const std::string& message) {
    const std::string could_not = "Could not convert: ";
    const std::string not_allowed = " is not an allowed value for ";
    std::string option;
    if (message.rfind(could_not, 0) == 0) {
        option = message.substr(could_not.size(), message.find(" = ") - could_not.size());
    } else if (const auto at = message.rfind(not_allowed);
               message.rfind("The value ", 0) == 0 && at != std::string::npos) {
        option = message.substr(at + not_allowed.size());
    } else {
        return message;
    }
    return "The value given for " + option +
           " is not one it takes (not repeated, in case it is a secret).";
}

}  // namespace

int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    // Character widths for aligned tables (a Chinese name takes two columns a character);
    // nothing else reads the locale.
    std::setlocale(LC_CTYPE, "C.UTF-8");
    CliContext context{out, err};
    context.vault_folder = storage::default_vault_folder();

    CLI::App app(
        "securebase-cli: the SecureBase practice vault from the command line.\n"
        "Secrets are never read from the command line: give them on the terminal or "
        "through a file descriptor (--passphrase-fd 3 3<file).",
        "securebase-cli");
    app.footer(exit_code_table());
    app.require_subcommand(1);
    app.add_option("--vault", context.vault_folder, "the vault folder")->capture_default_str();
    app.add_option("--passphrase-fd", context.passphrase_fd,
                   "read the passphrase or recovery key from this file descriptor");
    app.add_option("--new-passphrase-fd", context.new_passphrase_fd,
                   "read a new passphrase (init, passwd, add-slot) from this file descriptor");
    app.add_flag("--test-fast-kdf", context.test_fast_kdf,
                 "for automated tests only: create key slots with libsodium's minimum Argon2id "
                 "limits");
    add_vault_commands(app, context);
    add_client_commands(app, context);
    add_audit_commands(app, context);

    try {
        app.parse(argc, argv);
        return 0;
    } catch (const CLI::CallForHelp&) {
        out << app.help();
        return 0;
    } catch (const CLI::CallForAllHelp&) {
        out << app.help("", CLI::AppFormatMode::All);
        return 0;
    } catch (const CLI::ExtrasError&) {
        err << "securebase-cli: " << unexpected_arguments(app.remaining(true))
            << "\nRun securebase-cli --help for usage.\n";
        return 1;
    } catch (const CLI::ConversionError& error) {
        err << "securebase-cli: " << without_values(error.what())
            << "\nRun securebase-cli --help for usage.\n";
        return 1;
    } catch (const CLI::ValidationError& error) {
        err << "securebase-cli: " << without_values(error.what())
            << "\nRun securebase-cli --help for usage.\n";
        return 1;
    } catch (const CLI::ParseError& error) {
        err << "securebase-cli: " << error.what() << "\nRun securebase-cli --help for usage.\n";
        return 1;
    } catch (const Error& error) {
        err << "securebase-cli: " << error.what() << '\n';
        return exit_code(error.kind());
    } catch (const std::exception& error) {
        err << "securebase-cli: internal error: " << error.what() << '\n';
        return exit_code(ErrorKind::Internal);
    }
}

}  // namespace sb::cli
