// securebase_bench: how long a counsellor waits on a practice vault of a realistic size.
// Creates a vault in a temp folder (production Argon2id unless --fast-kdf), fills it with
// synthetic clients whose names are in several scripts, then times unlocking, loading the
// client list, search-as-you-type and opening one record. Prints min / median / max of each.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <functional>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/client.h"
#include "core/client_summary.h"
#include "core/errors.h"
#include "crypto/recovery_key.h"
#include "crypto/secure_buffer.h"
#include "storage/vault.h"

namespace {

using Clock = std::chrono::steady_clock;
using Millis = std::chrono::duration<double, std::milli>;

struct Options {
    int clients = 5000;
    int reps = 5;
    bool fast_kdf = false;
};

int positive_number(const std::string& option, const char* text) {
    try {
        std::size_t used = 0;
        const int value = std::stoi(text, &used);
        if (used == std::string(text).size() && value > 0) {
            return value;
        }
    } catch (const std::exception&) {
    }
    throw std::invalid_argument(option + " needs a positive whole number, not \"" + text + "\"");
}

Options parse_options(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--fast-kdf") {
            options.fast_kdf = true;
        } else if ((arg == "--clients" || arg == "--reps") && i + 1 < argc) {
            (arg == "--clients" ? options.clients : options.reps) = positive_number(arg, argv[++i]);
        } else if (arg == "--help" || arg == "-h") {
            std::cout << "Usage: securebase_bench [--clients N] [--reps N] [--fast-kdf]\n"
                         "  --clients N  clients to add (default 5000)\n"
                         "  --reps N     repetitions of each timing (default 5)\n"
                         "  --fast-kdf   minimum Argon2id limits (CI smoke run, not realistic)\n";
            std::exit(0);
        } else {
            throw std::invalid_argument("unknown option \"" + arg + "\"; try --help");
        }
    }
    return options;
}

class TempFolder {
public:
    TempFolder() {
        std::string pattern = (std::filesystem::temp_directory_path() / "sb-bench-XXXXXX");
        if (::mkdtemp(pattern.data()) == nullptr) {
            throw std::runtime_error("cannot make a temp folder");
        }
        path_ = pattern;
    }
    ~TempFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

// Synthetic names: given and family names from several scripts, combined by index so every
// run makes the same practice.
const std::vector<std::string> kGivenNames = {
    "Ana",  "Joana",     "Diana", "Tomás", "Zoë",   "Mateus", "Ingrid", "Søren",
    "Леся", "Анастасия", "Иван",  "Ελένη", "Νίκος", "يوسف",   "فاطمة",  "林美",
    "王伟", "さくら",    "हिना",  "Olu",   "Chidi", "Aroha",  "Kalani", "Nguyễn"};
const std::vector<std::string> kFamilyNames = {
    "Díaz",         "Keller", "O'Brien", "Müller", "Nakamura", "Okafor", "Иванова",  "Петров",
    "Παπαδόπουλος", "الحسن",  "陈",      "佐藤",   "Sharma",   "Ngata",  "Kowalska", "Nørgaard"};

std::string iso_date(int year, int month, int day) {
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    return text;
}

sb::Client synthetic_client(int index) {
    const auto given = static_cast<std::size_t>(index) % kGivenNames.size();
    const auto family = static_cast<std::size_t>(index / 7) % kFamilyNames.size();
    sb::Client client;
    client.legal_name = kGivenNames[given] + " " + kFamilyNames[family];
    if (index % 3 == 0) {
        client.preferred_name = kGivenNames[(given + 5) % kGivenNames.size()];
    }
    client.date_of_birth = iso_date(1950 + index % 55, 1 + index % 12, 1 + index % 28);
    client.intake_date = iso_date(2015 + index % 10, 1 + (index / 3) % 12, 1 + (index / 5) % 28);
    client.status = index % 10 == 0 ? sb::ClientStatus::Paused : sb::ClientStatus::Active;
    client.phone = "+44 7700 " + std::to_string(900000 + index % 100000);
    client.presenting_concerns = "Synthetic client for benchmarking; no real person.";
    return client;
}

struct Timing {
    std::string what;
    std::size_t rows = 0;
    bool counts_rows = true;
    std::vector<double> ms;

    double min() const { return *std::min_element(ms.begin(), ms.end()); }
    double max() const { return *std::max_element(ms.begin(), ms.end()); }
    double median() const {
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const std::size_t mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
};

// Times `body` `reps` times; body returns how many rows it saw.
Timing measure(const std::string& what, int reps, const std::function<std::size_t()>& body) {
    Timing timing{what, 0, true, {}};
    for (int i = 0; i < reps; ++i) {
        const auto start = Clock::now();
        timing.rows = body();
        timing.ms.push_back(Millis(Clock::now() - start).count());
    }
    return timing;
}

std::string format_ms(double ms) {
    char text[32];
    if (ms >= 1000) {
        std::snprintf(text, sizeof text, "%.2f s", ms / 1000);
    } else if (ms >= 10) {
        std::snprintf(text, sizeof text, "%.0f ms", ms);
    } else {
        std::snprintf(text, sizeof text, "%.2f ms", ms);
    }
    return text;
}

void print_table(const std::vector<Timing>& timings) {
    std::printf("\n%-34s %7s %10s %10s %10s\n", "operation", "rows", "min", "median", "max");
    for (const auto& t : timings) {
        const std::string rows = t.counts_rows ? std::to_string(t.rows) : "-";
        std::printf("%-34s %7s %10s %10s %10s\n", t.what.c_str(), rows.c_str(),
                    format_ms(t.min()).c_str(), format_ms(t.median()).c_str(),
                    format_ms(t.max()).c_str());
    }
}

// What a counsellor notices: unlocking within about 2 s is fine (the KDF is meant to cost
// ~0.5 s per slot); the list and each keystroke of a search should feel instant (< 100 ms).
void print_verdict(const Timing& unlock, const Timing& list, const Timing& search_short,
                   const Timing& search_word, const Timing& get) {
    const double typing = std::max(search_short.median(), search_word.median());
    std::vector<std::string> slow;
    if (unlock.median() > 2000) {
        slow.push_back("unlock");
    }
    if (list.median() > 100) {
        slow.push_back("client list");
    }
    if (typing > 100) {
        slow.push_back("search-as-you-type");
    }
    if (get.median() > 50) {
        slow.push_back("opening a record");
    }
    std::string verdict = slow.empty() ? "OK" : "SLOW:";
    for (const auto& what : slow) {
        verdict += " " + what;
    }
    std::printf("\nVerdict: %s (unlock %s, list %s, search %s per keystroke, record %s)\n",
                verdict.c_str(), format_ms(unlock.median()).c_str(),
                format_ms(list.median()).c_str(), format_ms(typing).c_str(),
                format_ms(get.median()).c_str());
}

int run(const Options& options) {
    TempFolder temp;
    const auto folder = temp.path() / "vault";
    sb::storage::VaultOptions vault_options;
    vault_options.kdf = options.fast_kdf ? sb::crypto::KdfStrength::FastForTests
                                         : sb::crypto::KdfStrength::Production;
    vault_options.actor_source = "app";
    std::string typed = "correct horse battery staple";
    const auto passphrase = sb::crypto::secret_from_string(typed);

    std::printf("SecureBase vault benchmark: %d clients, %d repetitions, %s key derivation\n",
                options.clients, options.reps,
                options.fast_kdf ? "FAST (test-only, not realistic)" : "production");
    std::fflush(stdout);

    auto start = Clock::now();
    auto vault =
        sb::storage::Vault::create(folder, {"Benchmark Practice", "Bench", false}, passphrase,
                                   sb::crypto::generate_recovery_key(), vault_options);
    const double create_ms = Millis(Clock::now() - start).count();
    std::printf("%-28s %s (two key slots)\n", "Create vault:", format_ms(create_ms).c_str());
    std::fflush(stdout);

    // add() is one transaction (and one audit event) per client, as in the app: the fill is
    // timed as a whole, in batches only to show progress.
    constexpr int kBatch = 1000;
    start = Clock::now();
    sb::ClientId probe_id = 0;
    for (int done = 0; done < options.clients;) {
        const int batch_end = std::min(options.clients, done + kBatch);
        for (; done < batch_end; ++done) {
            const auto stored = vault->clients().add(synthetic_client(done));
            if (done == options.clients / 2) {
                probe_id = stored.id;
            }
        }
        if (options.clients > kBatch) {
            std::fprintf(stderr, "  added %d / %d\n", done, options.clients);
        }
    }
    const double fill_ms = Millis(Clock::now() - start).count();
    const std::string fill_label = "Fill " + std::to_string(options.clients) + " clients:";
    std::printf("%-28s %s (%s per client, one transaction each)\n", fill_label.c_str(),
                format_ms(fill_ms).c_str(), format_ms(fill_ms / options.clients).c_str());
    vault.reset();

    // Only open() is timed: it is what the counsellor waits for after typing the passphrase.
    // Locking (destroying the Vault) happens between repetitions.
    Timing unlock{"unlock (Vault::open, passphrase)", 0, false, {}};
    for (int i = 0; i < options.reps; ++i) {
        start = Clock::now();
        auto opened = sb::storage::Vault::open(folder, passphrase, vault_options);
        unlock.ms.push_back(Millis(Clock::now() - start).count());
        opened.reset();
    }

    vault = sb::storage::Vault::open(folder, passphrase, vault_options);
    auto& clients = vault->clients();
    const Timing list = measure("client list (default filter)", options.reps,
                                [&] { return clients.list({}).size(); });
    if (list.rows != static_cast<std::size_t>(options.clients)) {
        throw std::runtime_error("the default list showed " + std::to_string(list.rows) +
                                 " clients, not " + std::to_string(options.clients));
    }
    sb::ClientFilter one_letter;
    one_letter.search = "a";
    const Timing search_short = measure("search \"a\" (first keystroke)", options.reps,
                                        [&] { return clients.list(one_letter).size(); });
    sb::ClientFilter word;
    word.search = "ana";
    const Timing search_word =
        measure("search \"ana\"", options.reps, [&] { return clients.list(word).size(); });
    const Timing get = measure("get one record", options.reps, [&] {
        return clients.get(probe_id).id == probe_id ? std::size_t{1} : std::size_t{0};
    });
    vault.reset();

    print_table({unlock, list, search_short, search_word, get});
    print_verdict(unlock, list, search_short, search_word, get);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(parse_options(argc, argv));
    } catch (const sb::Error& error) {
        std::fprintf(stderr, "securebase_bench: %s\n", error.what());
    } catch (const std::exception& error) {
        std::fprintf(stderr, "securebase_bench: %s\n", error.what());
    }
    return 1;
}
