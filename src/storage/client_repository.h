#pragma once
// Client records in the vault. Every change is one transaction and one audit event.
#include <string>
#include <vector>

#include "core/client.h"
#include "core/client_summary.h"

namespace sb::storage {

class Database;
class AuditLog;

class ClientRepository {
public:
    ClientRepository(Database& db, AuditLog& audit);

    // Stores a new client: validates, assigns id and client code; returns the stored record.
    Client add(const Client& client);
    // Saves every field of an existing client (by id). Partner links are kept symmetric.
    Client update(const Client& client);
    Client get(ClientId id);                      // throws NotFound
    Client get_by_code(const std::string& code);  // throws NotFound; code case-insensitive
    // Opening a record is audited ("opened record").
    Client open_record(ClientId id);

    Client discharge(ClientId id, const std::string& discharge_date_iso);
    Client reopen(ClientId id);
    // Removes the client and everything about them for good. Audited by client code only.
    void erase(ClientId id);

    std::vector<ClientSummary> list(const ClientFilter& filter);
    int count();

private:
    Client save_status_change(Client client, const std::string& action);

    Database& db_;
    AuditLog& audit_;
};

}  // namespace sb::storage
