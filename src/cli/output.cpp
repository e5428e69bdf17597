#include "cli/output.h"

#include <ostream>

namespace sb::cli {
namespace {

// Display width in terminal columns, counting each UTF-8 code point as one (good enough for
// alignment of Latin, Cyrillic, Greek and Arabic; CJK takes two columns and may misalign).
std::size_t columns(const std::string& text) {
    std::size_t count = 0;
    for (const unsigned char c : text) {
        if ((c & 0xC0) != 0x80) {
            ++count;
        }
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
