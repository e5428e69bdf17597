#include "storage/client_repository.h"

#include "core/errors.h"
#include "core/text_fold.h"
#include "crypto/random_codes.h"
#include "storage/audit_log.h"
#include "storage/client_rows.h"
#include "storage/database.h"

namespace sb::storage {
namespace {

std::string new_unique_code(Database& db) {
    // 30 random bits: collisions are rare but possible, so check.
    for (int attempt = 0; attempt < 64; ++attempt) {
        std::string code = crypto::random_client_code();
        Statement stmt(db, "SELECT 1 FROM clients WHERE code = ?1");
        stmt.bind(1, code);
        if (!stmt.step()) {
            return code;
        }
    }
    throw InternalError("Could not find a free client code.");
}

bool looks_like_client_code(const std::string& text) {
    if (text.empty() || text.size() > 12) {
        return false;
    }
    for (const char c : text) {
        const bool allowed =
            (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-';
        if (!allowed) {
            return false;
        }
    }
    return true;
}

std::string like_pattern(const std::string& folded) {
    std::string pattern = "%";
    for (const char c : folded) {
        if (c == '%' || c == '_' || c == '\\') {
            pattern += '\\';
        }
        pattern += c;
    }
    return pattern + "%";
}

}  // namespace

ClientRepository::ClientRepository(Database& db, AuditLog& audit) : db_(db), audit_(audit) {}

Client ClientRepository::add(const Client& client) {
    Client stored = client;
    stored.id = 0;
    validate(stored);
    return db_.transaction([&] {
        stored.code = new_unique_code(db_);
        stored.created_at = stored.updated_at = audit_.now();
        stored.id = insert_client_row(db_, stored);
        link_partner(db_, stored.id, std::nullopt, stored.partner_id);
        audit_.record("client.created", stored.code);
        return read_client_row(db_, stored.id);
    });
}

Client ClientRepository::update(const Client& client) {
    validate(client);
    return db_.transaction([&] {
        const Client before = read_client_row(db_, client.id);
        Client stored = client;
        stored.code = before.code;
        stored.created_at = before.created_at;
        stored.updated_at = audit_.now();
        update_client_row(db_, stored);
        link_partner(db_, stored.id, before.partner_id, stored.partner_id);
        audit_.record("client.updated", stored.code);
        return read_client_row(db_, stored.id);
    });
}

Client ClientRepository::get(ClientId id) {
    return read_client_row(db_, id);
}

Client ClientRepository::get_by_code(const std::string& code) {
    Statement stmt(db_, "SELECT id FROM clients WHERE code = ?1");
    stmt.bind(1, trim(code));
    if (!stmt.step()) {
        // Repeats what was typed only if it looks like a code: a name typed by mistake must not
        // end up in an error message (and from there in a terminal log).
        throw NotFound(looks_like_client_code(trim(code))
                           ? "There is no client with the code " + trim(code) + "."
                           : std::string("That is not a client code; client codes look like "
                                         "K7Q-3M9."));
    }
    return read_client_row(db_, stmt.integer(0));
}

Client ClientRepository::open_record(ClientId id) {
    Client client = read_client_row(db_, id);
    audit_.record("client.opened", client.code);
    return client;
}

Client ClientRepository::discharge(ClientId id, const std::string& discharge_date_iso) {
    Client client = get(id);
    if (client.status == ClientStatus::Discharged) {
        throw InvalidInput("This client is already discharged.");
    }
    client.status = ClientStatus::Discharged;
    client.discharge_date = trim(discharge_date_iso);
    validate(client);
    return save_status_change(client, "client.discharged");
}

Client ClientRepository::reopen(ClientId id) {
    Client client = get(id);
    if (client.status != ClientStatus::Discharged) {
        throw InvalidInput("Only a discharged client can be re-opened.");
    }
    client.status = ClientStatus::Active;
    client.discharge_date.clear();
    return save_status_change(client, "client.reopened");
}

Client ClientRepository::save_status_change(Client client, const std::string& action) {
    return db_.transaction([&] {
        client.updated_at = audit_.now();
        update_client_row(db_, client);
        audit_.record(action, client.code);
        return read_client_row(db_, client.id);
    });
}

void ClientRepository::erase(ClientId id) {
    db_.transaction([&] {
        const Client client = read_client_row(db_, id);
        Statement stmt(db_, "DELETE FROM clients WHERE id = ?1");
        stmt.bind(1, id).run();
        audit_.record("client.erased", client.code);
    });
    // secure_delete zeroes the freed pages in practice.db; a checkpoint moves them out of the
    // WAL too, so the erased record does not linger there even in encrypted form.
    db_.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

std::vector<ClientSummary> ClientRepository::list(const ClientFilter& filter) {
    const std::string folded = fold_for_search(trim(filter.search));
    Statement stmt(db_,
                   "SELECT id, code, legal_name, preferred_name, status, intake_date, partner_id "
                   "FROM clients WHERE status IN (?1, ?2, ?3) "
                   "AND (?4 = '' OR search_text LIKE ?5 ESCAPE '\\') "
                   "ORDER BY CASE status WHEN 'active' THEN 0 WHEN 'paused' THEN 1 ELSE 2 END, "
                   "sort_key, id");
    stmt.bind(1, filter.active ? "active" : "")
        .bind(2, filter.paused ? "paused" : "")
        .bind(3, filter.discharged ? "discharged" : "")
        .bind(4, folded)
        .bind(5, like_pattern(folded));
    std::vector<ClientSummary> rows;
    while (stmt.step()) {
        ClientSummary row;
        row.id = stmt.integer(0);
        row.code = stmt.text(1);
        row.legal_name = stmt.text(2);
        row.preferred_name = stmt.text(3);
        row.status = parse_client_status(stmt.text(4)).value_or(ClientStatus::Active);
        row.intake_date = stmt.text(5);
        row.partner_id = stmt.optional_integer(6);
        rows.push_back(std::move(row));
    }
    return rows;
}

int ClientRepository::count() {
    Statement stmt(db_, "SELECT count(*) FROM clients");
    stmt.step();
    return static_cast<int>(stmt.integer(0));
}

}  // namespace sb::storage
