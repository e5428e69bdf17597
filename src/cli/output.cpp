#include "cli/output.h"

#include <wchar.h>

#include <cwchar>
#include <ostream>

namespace sb::cli {
namespace {

// Display width in terminal columns: CJK takes two, combining accents none (wcwidth, with the
// UTF-8 character type main() sets). Text wcwidth cannot place counts one column a code point.
std::size_t columns(const std::string& text) {
    std::size_t count = 0;
    std::mbstate_t state{};
    const char* next = text.data();
    const char* end = text.data() + text.size();
    while (next < end) {
        wchar_t character = 0;
        const std::size_t used =
            std::mbrtowc(&character, next, static_cast<std::size_t>(end - next), &state);
        if (used == 0 || used > static_cast<std::size_t>(end - next)) {
            ++count;  // not valid in this locale: one column, one byte at a time
            ++next;
            state = std::mbstate_t{};
            continue;
        }
        const int width = ::wcwidth(character);
        count += width < 0 ? 1 : static_cast<std::size_t>(width);
        next += used;
    }
    return count;
}

void padded(std::ostream& out, const std::string& text, std::size_t width) {
    out << text;
    for (std::size_t i = columns(text); i < width; ++i) {
        out << ' ';
    }
}

}  // namespace

nlohmann::json client_json(const Client& client, const std::optional<std::string>& partner_code) {
    nlohmann::json json;
    json["id"] = client.id;
    json["code"] = client.code;
    for (const auto& field : client_text_fields()) {
        json[std::string(field.key)] = *text_field(client, field.key);
    }
    json["relationship_status"] = std::string(to_string(client.relationship_status));
    json["partner_code"] = partner_code ? nlohmann::json(*partner_code) : nlohmann::json(nullptr);
    json["status"] = std::string(to_string(client.status));
    json["created_at"] = client.created_at;
    json["updated_at"] = client.updated_at;
    return json;
}

nlohmann::json summary_json(const ClientSummary& summary) {
    return {{"id", summary.id},
            {"code", summary.code},
            {"legal_name", summary.legal_name},
            {"preferred_name", summary.preferred_name},
            {"status", std::string(to_string(summary.status))},
            {"intake_date", summary.intake_date}};
}

nlohmann::json audit_event_json(const storage::AuditEvent& event) {
    return {{"id", event.id},         {"at", event.at},           {"actor", event.actor},
            {"action", event.action}, {"subject", event.subject}, {"detail", event.detail}};
}

void print_client(std::ostream& out, const Client& client,
                  const std::optional<std::string>& partner_code) {
    const auto line = [&out](const std::string& label, const std::string& value) {
        padded(out, label + ":", 32);
        out << value << '\n';
    };
    line("Client code", client.code);
    line("Status", std::string(to_string(client.status)));
    for (const auto& field : client_text_fields()) {
        line(std::string(field.label), *text_field(client, field.key));
    }
    line("Relationship status", std::string(to_string(client.relationship_status)));
    line("Partner", partner_code.value_or(""));
}

void print_client_table(std::ostream& out, const std::vector<ClientSummary>& rows) {
    if (rows.empty()) {
        out << "No clients match.\n";
        return;
    }
    std::size_t name_width = 4;
    for (const auto& row : rows) {
        name_width = std::max(name_width, columns(display_name(row)));
    }
    padded(out, "CODE", 9);
    padded(out, "NAME", name_width + 2);
    padded(out, "STATUS", 12);
    out << "INTAKE\n";
    for (const auto& row : rows) {
        padded(out, row.code, 9);
        padded(out, display_name(row), name_width + 2);
        padded(out, std::string(to_string(row.status)), 12);
        out << row.intake_date << '\n';
    }
    out << rows.size() << (rows.size() == 1 ? " client\n" : " clients\n");
}

}  // namespace sb::cli
