#include "storage/client_rows.h"

#include <string>

#include "core/errors.h"
#include "core/text_fold.h"
#include "storage/database.h"

namespace sb::storage {
namespace {

// Column names equal the keys of core's client_text_fields(), so one list drives reading and
// writing every text field.
std::string text_columns() {
    std::string columns;
    for (const auto& field : client_text_fields()) {
        columns += std::string(field.key) + ", ";
    }
    return columns;
}

std::string search_text(const Client& client) {
    std::string compact_code;
    for (const char c : client.code) {
        if (c != '-') {
            compact_code += c;
        }
    }
    return fold_for_search(client.legal_name) + "\n" + fold_for_search(client.preferred_name) +
           "\n" + fold_for_search(client.code) + "\n" + fold_for_search(compact_code);
}

std::string sort_key(const Client& client) {
    return fold_for_search(client.preferred_name.empty() ? client.legal_name
                                                         : client.preferred_name);
}

// Binds the text fields from index 1, then the rest; returns the next free index.
int bind_fields(Statement& stmt, const Client& client) {
    int index = 1;
    for (const auto& field : client_text_fields()) {
        stmt.bind(index++, *text_field(client, field.key));
    }
    stmt.bind(index++, to_string(client.relationship_status));
    stmt.bind(index++, client.partner_id);
    stmt.bind(index++, to_string(client.status));
    stmt.bind(index++, search_text(client));
    stmt.bind(index++, sort_key(client));
    stmt.bind(index++, client.updated_at);
    return index;
}

std::string placeholders(int from, int count) {
    std::string text;
    for (int i = 0; i < count; ++i) {
        text += (i ? ", ?" : "?") + std::to_string(from + i);
    }
    return text;
}

void require_client(Database& db, ClientId id, const char* role) {
    Statement stmt(db, "SELECT 1 FROM clients WHERE id = ?1");
    stmt.bind(1, id);
    if (!stmt.step()) {
        throw InvalidInput(std::string("The ") + role + " chosen is no longer in the practice.");
    }
}

void set_partner(Database& db, ClientId id, std::optional<ClientId> partner) {
    Statement stmt(db, "UPDATE clients SET partner_id = ?1 WHERE id = ?2");
    stmt.bind(1, partner).bind(2, id).run();
}

}  // namespace

Client read_client_row(Database& db, ClientId id) {
    Statement stmt(db, "SELECT " + text_columns() +
                           "relationship_status, partner_id, status, code, created_at, "
                           "updated_at FROM clients WHERE id = ?1");
    stmt.bind(1, id);
    if (!stmt.step()) {
        throw NotFound("That client is no longer in the practice.");
    }
    Client client;
    client.id = id;
    int column = 0;
    for (const auto& field : client_text_fields()) {
        *text_field(client, field.key) = stmt.text(column++);
    }
    client.relationship_status =
        parse_relationship_status(stmt.text(column++)).value_or(RelationshipStatus::Unspecified);
    client.partner_id = stmt.optional_integer(column++);
    client.status = parse_client_status(stmt.text(column++)).value_or(ClientStatus::Active);
    client.code = stmt.text(column++);
    client.created_at = stmt.text(column++);
    client.updated_at = stmt.text(column++);
    return client;
}

ClientId insert_client_row(Database& db, const Client& client) {
    const int fields = static_cast<int>(client_text_fields().size()) + 6;
    Statement stmt(db, "INSERT INTO clients (" + text_columns() +
                           "relationship_status, partner_id, status, search_text, sort_key, "
                           "updated_at, code, created_at) VALUES (" +
                           placeholders(1, fields + 2) + ")");
    const int next = bind_fields(stmt, client);
    stmt.bind(next, client.code).bind(next + 1, client.created_at);
    if (client.partner_id) {
        require_client(db, *client.partner_id, "partner");
    }
    stmt.run();
    return db.last_insert_id();
}

void update_client_row(Database& db, const Client& client) {
    std::string assignments;
    int index = 1;
    for (const auto& field : client_text_fields()) {
        assignments += std::string(field.key) + " = ?" + std::to_string(index++) + ", ";
    }
    for (const char* column :
         {"relationship_status", "partner_id", "status", "search_text", "sort_key"}) {
        assignments += std::string(column) + " = ?" + std::to_string(index++) + ", ";
    }
    assignments += "updated_at = ?" + std::to_string(index++);
    Statement stmt(db,
                   "UPDATE clients SET " + assignments + " WHERE id = ?" + std::to_string(index));
    const int next = bind_fields(stmt, client);
    stmt.bind(next, client.id);
    if (client.partner_id) {
        require_client(db, *client.partner_id, "partner");
    }
    stmt.run();
    if (db.changes() == 0) {
        throw NotFound("That client is no longer in the practice.");
    }
}

void link_partner(Database& db, ClientId client, std::optional<ClientId> previous,
                  std::optional<ClientId> next) {
    if (previous && previous != next) {
        Statement stmt(db,
                       "UPDATE clients SET partner_id = NULL WHERE id = ?1 AND partner_id = ?2");
        stmt.bind(1, *previous).bind(2, client).run();
    }
    if (!next) {
        return;
    }
    // Whoever `next` was partnered with before loses that link.
    Statement others(db, "UPDATE clients SET partner_id = NULL WHERE partner_id = ?1 AND id <> ?2");
    others.bind(1, *next).bind(2, client).run();
    set_partner(db, *next, client);
}

}  // namespace sb::storage
