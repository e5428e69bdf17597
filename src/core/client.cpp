#include "core/client.h"

#include <algorithm>
#include <array>

#include "core/dates.h"
#include "core/errors.h"
#include "core/text_fold.h"
#include "core/utf8.h"

namespace sb {
namespace {

constexpr std::size_t kLongestLegalName = 200;

struct FieldSpec {
    ClientField field;
    std::string Client::*member;
    bool multi_line;  // may hold line breaks and tabs, as an address or a note does
};

const std::array<FieldSpec, 15>& field_specs() {
    static const std::array<FieldSpec, 15> specs{{
        {{"legal_name", SB_N_("Legal name")}, &Client::legal_name, false},
        {{"preferred_name", SB_N_("Preferred name")}, &Client::preferred_name, false},
        {{"pronouns", SB_N_("Pronouns")}, &Client::pronouns, false},
        {{"date_of_birth", SB_N_("Date of birth")}, &Client::date_of_birth, false},
        {{"phone", SB_N_("Phone")}, &Client::phone, false},
        {{"email", SB_N_("Email")}, &Client::email, false},
        {{"address", SB_N_("Address")}, &Client::address, true},
        {{"emergency_contact_name", SB_N_("Emergency contact name")},
         &Client::emergency_contact_name,
         false},
        {{"emergency_contact_phone", SB_N_("Emergency contact phone")},
         &Client::emergency_contact_phone,
         false},
        {{"emergency_contact_relationship", SB_N_("Emergency contact relationship")},
         &Client::emergency_contact_relationship,
         false},
        {{"referral_source", SB_N_("Referral source")}, &Client::referral_source, false},
        {{"presenting_concerns", SB_N_("Presenting concerns")}, &Client::presenting_concerns, true},
        {{"intake_date", SB_N_("Intake date")}, &Client::intake_date, false},
        {{"discharge_date", SB_N_("Discharge date")}, &Client::discharge_date, false},
        {{"notes", SB_N_("Notes")}, &Client::notes, true},
    }};
    return specs;
}

const FieldSpec* find_spec(std::string_view key) {
    const auto& specs = field_specs();
    const auto found = std::find_if(specs.begin(), specs.end(),
                                    [&](const FieldSpec& spec) { return spec.field.key == key; });
    return found == specs.end() ? nullptr : &*found;
}

bool equals_ignoring_ascii_case(std::string_view a, std::string_view b) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [&](char x, char y) { return lower(x) == lower(y); });
}

template <typename Enum, std::size_t N>
std::optional<Enum> parse_named(const std::array<std::pair<Enum, std::string_view>, N>& names,
                                std::string_view text) {
    for (const auto& [value, name] : names) {
        if (equals_ignoring_ascii_case(name, text))
            return value;
    }
    return std::nullopt;
}

const std::array<std::pair<ClientStatus, std::string_view>, 3> kClientStatusNames{{
    {ClientStatus::Active, "active"},
    {ClientStatus::Paused, "paused"},
    {ClientStatus::Discharged, "discharged"},
}};

const std::array<std::pair<RelationshipStatus, std::string_view>, 8> kRelationshipNames{{
    {RelationshipStatus::Unspecified, "unspecified"},
    {RelationshipStatus::Single, "single"},
    {RelationshipStatus::Dating, "dating"},
    {RelationshipStatus::Partnered, "partnered"},
    {RelationshipStatus::Married, "married"},
    {RelationshipStatus::Separated, "separated"},
    {RelationshipStatus::Divorced, "divorced"},
    {RelationshipStatus::Widowed, "widowed"},
}};

std::string label(std::string_view key) {
    return std::string(find_spec(key)->field.label);
}

// C0 controls, DEL and the C1 controls (U+0080..U+009F, encoded as C2 80..C2 9F) are invisible
// in a form and break exports, so they are refused rather than stored.
void check_characters(const FieldSpec& spec, std::string_view text) {
    const std::string name(spec.field.label);
    if (!is_valid_utf8(text)) {
        throw InvalidInput(name +
                           " contains characters that cannot be read as text; please "
                           "type it again.");
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const bool c1 =
            byte == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0x9F;
        if (byte >= 0x20 && byte != 0x7F && !c1)
            continue;
        if (spec.multi_line && (byte == '\n' || byte == '\t'))
            continue;
        if (!spec.multi_line && (byte == '\n' || byte == '\r')) {
            throw InvalidInput(name + " must fit on one line.");
        }
        throw InvalidInput(name + " contains an invisible control character; please remove it.");
    }
}

std::optional<std::chrono::year_month_day> check_date(std::string_view key, std::string_view text,
                                                      std::string_view example) {
    if (text.empty())
        return std::nullopt;
    auto date = parse_iso_date(text);
    if (!date) {
        throw InvalidInput(label(key) + " must be a date like " + std::string(example) + ".");
    }
    return date;
}

bool looks_like_email(std::string_view email) {
    const auto at = email.find('@');
    if (at == std::string_view::npos || at == 0 || at + 1 == email.size())
        return false;
    if (email.find('@', at + 1) != std::string_view::npos)
        return false;
    return std::none_of(email.begin(), email.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
    });
}

}  // namespace

std::string_view to_string(ClientStatus status) {
    for (const auto& [value, name] : kClientStatusNames) {
        if (value == status)
            return name;
    }
    return "active";
}

std::optional<ClientStatus> parse_client_status(std::string_view text) {
    return parse_named(kClientStatusNames, text);
}

std::string_view to_string(RelationshipStatus status) {
    for (const auto& [value, name] : kRelationshipNames) {
        if (value == status)
            return name;
    }
    return "unspecified";
}

std::optional<RelationshipStatus> parse_relationship_status(std::string_view text) {
    return parse_named(kRelationshipNames, text);
}

const std::vector<RelationshipStatus>& all_relationship_statuses() {
    static const std::vector<RelationshipStatus> all = [] {
        std::vector<RelationshipStatus> statuses;
        for (const auto& entry : kRelationshipNames)
            statuses.push_back(entry.first);
        return statuses;
    }();
    return all;
}

std::string display_name(std::string_view legal_name, std::string_view preferred_name) {
    const std::string legal = trim(legal_name);
    const std::string preferred = trim(preferred_name);
    if (preferred.empty() || preferred == legal)
        return legal;
    return preferred + " (" + legal + ")";
}

std::string display_name(const Client& client) {
    return display_name(client.legal_name, client.preferred_name);
}

void validate(const Client& client) {
    // The name is checked first: it is what a person most often leaves out.
    const std::string legal = trim(client.legal_name);
    if (legal.empty())
        throw InvalidInput("Legal name is required.");
    for (const auto& spec : field_specs())
        check_characters(spec, client.*spec.member);
    const std::size_t length = utf8::count_code_points(legal);
    if (length > kLongestLegalName) {
        throw InvalidInput("Legal name must be at most 200 characters; this has " +
                           std::to_string(length) + ".");
    }

    check_date("date_of_birth", client.date_of_birth, "1990-04-01");
    const auto intake = check_date("intake_date", client.intake_date, "2026-01-15");
    const auto discharge = check_date("discharge_date", client.discharge_date, "2026-06-30");

    if (!client.email.empty() && !looks_like_email(client.email)) {
        throw InvalidInput("Email must look like name@example.org.");
    }
    if (client.status == ClientStatus::Discharged && !discharge) {
        throw InvalidInput("Discharge date is required when a client is discharged.");
    }
    if (intake && discharge && *discharge < *intake) {
        throw InvalidInput("Discharge date must not be before the intake date.");
    }
    if (client.id != 0 && client.partner_id && *client.partner_id == client.id) {
        throw InvalidInput("A client cannot be their own partner.");
    }
}

const std::vector<ClientField>& client_text_fields() {
    static const std::vector<ClientField> fields = [] {
        std::vector<ClientField> all;
        for (const auto& spec : field_specs())
            all.push_back(spec.field);
        return all;
    }();
    return fields;
}

std::string* text_field(Client& client, std::string_view key) {
    const FieldSpec* spec = find_spec(key);
    return spec ? &(client.*spec->member) : nullptr;
}

const std::string* text_field(const Client& client, std::string_view key) {
    const FieldSpec* spec = find_spec(key);
    return spec ? &(client.*spec->member) : nullptr;
}

}  // namespace sb
