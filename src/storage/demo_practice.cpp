#include "storage/demo_practice.h"

#include <cstdlib>
#include <string>
#include <vector>

#include "core/dates.h"
#include "crypto/recovery_key.h"

namespace sb::storage {
namespace {

std::filesystem::path data_home() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg == '/') {
        return xdg;
    }
    const char* home = std::getenv("HOME");
    return std::filesystem::path(home ? home : ".") / ".local" / "share";
}

struct DemoClient {
    const char* legal_name;
    const char* preferred_name;
    const char* pronouns;
    const char* date_of_birth;
    RelationshipStatus relationship;
    ClientStatus status;
    const char* intake_date;
    const char* referral_source;
    const char* presenting_concerns;
};

// Every person here is invented. Names span scripts on purpose: the demo shows that any name
// is kept exactly as typed.
const std::vector<DemoClient>& demo_clients() {
    static const std::vector<DemoClient> clients = {
        {"Ana Díaz Romero", "Ana", "she/her", "1990-04-01", RelationshipStatus::Partnered,
         ClientStatus::Active, "2026-09-02", "GP referral",
         "Fear of abandonment when her partner replies late; frequent reassurance seeking."},
        {"Tomás Herrera", "Tom", "he/him", "1988-11-19", RelationshipStatus::Partnered,
         ClientStatus::Active, "2026-09-02", "Self-referred with partner",
         "Withdraws during conflict; finds closeness hard after long work weeks."},
        {"Mei Lin 林美", "Mei", "she/her", "1995-02-14", RelationshipStatus::Dating,
         ClientStatus::Active, "2026-10-07", "University counselling service",
         "Compares her relationship with couples on social media; worries she is second."},
        {"Oluwaseun Adeyemi", "Seun", "he/him", "1983-07-30", RelationshipStatus::Separated,
         ClientStatus::Paused, "2026-06-15", "Employee assistance programme",
         "Betrayal in a previous marriage; hyper-vigilance to changes in tone."},
        {"Леся Коваленко", "Lesia", "she/her", "1992-12-03", RelationshipStatus::Married,
         ClientStatus::Active, "2026-08-20", "Self-referred",
         "Cannot voice her needs without blame; cancelled plans trigger old hurts."},
        {"Yusuf Al-Amin يوسف", "", "he/him", "1979-05-22", RelationshipStatus::Single,
         ClientStatus::Discharged, "2026-01-12", "GP referral",
         "Low self-worth between relationships; completed twelve sessions."},
        {"Chloé Martin", "", "they/them", "2000-09-09", RelationshipStatus::Dating,
         ClientStatus::Active, "2026-11-03", "Friend's recommendation",
         "Avoids closeness; ends relationships when partners ask for more time together."},
    };
    return clients;
}

}  // namespace

std::filesystem::path default_vault_folder() {
    return data_home() / "SecureBase";
}

std::filesystem::path default_demo_vault_folder() {
    return data_home() / "SecureBase-demo";
}

void fill_demo_practice(Vault& vault) {
    std::vector<Client> stored;
    for (const auto& demo : demo_clients()) {
        Client client;
        client.legal_name = demo.legal_name;
        client.preferred_name = demo.preferred_name;
        client.pronouns = demo.pronouns;
        client.date_of_birth = demo.date_of_birth;
        client.relationship_status = demo.relationship;
        client.intake_date = demo.intake_date;
        client.referral_source = demo.referral_source;
        client.presenting_concerns = demo.presenting_concerns;
        client.email = "demo.client" + std::to_string(stored.size() + 1) + "@example.org";
        client.notes = "Fictional client of the SecureBase demo practice.";
        stored.push_back(vault.clients().add(client));
        if (demo.status == ClientStatus::Paused) {
            stored.back().status = ClientStatus::Paused;
            stored.back() = vault.clients().update(stored.back());
        } else if (demo.status == ClientStatus::Discharged) {
            stored.back() = vault.clients().discharge(stored.back().id, "2026-05-04");
        }
    }
    // Ana and Tomás come as a couple.
    stored[0].partner_id = stored[1].id;
    vault.clients().update(stored[0]);
}

bool ensure_demo_practice(const std::filesystem::path& folder, const VaultOptions& options) {
    if (Vault::exists(folder)) {
        return false;
    }
    std::string passphrase_text = kDemoPassphrase;
    const auto passphrase = crypto::secret_from_string(passphrase_text);
    const auto recovery = crypto::generate_recovery_key();
    auto vault = Vault::create(folder, {"Harbour Lane Counselling (demo)", "Dr Sam Rivera", true},
                               passphrase, recovery, options);
    fill_demo_practice(*vault);
    return true;
}

}  // namespace sb::storage
