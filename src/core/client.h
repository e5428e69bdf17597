#pragma once
// A client of the practice, as a counsellor keeps them. Every text field is UTF-8 and is stored
// and returned byte for byte as typed.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sb {

using ClientId = std::int64_t;

enum class ClientStatus { Active, Paused, Discharged };

std::string_view to_string(ClientStatus status);  // "active", "paused", "discharged"
std::optional<ClientStatus> parse_client_status(std::string_view text);

enum class RelationshipStatus {
    Unspecified,
    Single,
    Dating,
    Partnered,
    Married,
    Separated,
    Divorced,
    Widowed
};

std::string_view to_string(RelationshipStatus status);  // "unspecified", "single", …
std::optional<RelationshipStatus> parse_relationship_status(std::string_view text);
const std::vector<RelationshipStatus>& all_relationship_statuses();

struct Client {
    ClientId id = 0;         // 0 until stored
    std::string code;        // pseudonymous client code, e.g. "K7Q-3M9"; set by storage
    std::string legal_name;  // required
    std::string preferred_name;
    std::string pronouns;
    std::string date_of_birth;  // ISO yyyy-mm-dd or empty
    std::string phone;
    std::string email;
    std::string address;
    std::string emergency_contact_name;
    std::string emergency_contact_phone;
    std::string emergency_contact_relationship;
    std::string referral_source;
    std::string presenting_concerns;
    RelationshipStatus relationship_status = RelationshipStatus::Unspecified;
    std::optional<ClientId> partner_id;  // couples work: the partner's client record
    ClientStatus status = ClientStatus::Active;
    std::string intake_date;     // ISO yyyy-mm-dd
    std::string discharge_date;  // ISO yyyy-mm-dd, set while discharged
    std::string notes;
    std::string created_at;  // ISO 8601 UTC, set by storage
    std::string updated_at;  // ISO 8601 UTC, set by storage

    bool operator==(const Client&) const = default;
};

// The name a counsellor sees in lists: "Ana (Ana Díaz)" when a preferred name differs.
std::string display_name(const Client& client);
std::string display_name(std::string_view legal_name, std::string_view preferred_name);

// Checks what a person typed; throws InvalidInput naming the field and what is wrong.
void validate(const Client& client);

// One field of a client, as the CLI's --json output and the GUI's Details tab name it.
struct ClientField {
    std::string_view key;    // "legal_name"
    std::string_view label;  // "Legal name" (mark for translation at the edge)
};
const std::vector<ClientField>& client_text_fields();
std::string* text_field(Client& client, std::string_view key);
const std::string* text_field(const Client& client, std::string_view key);

}  // namespace sb
