#pragma once
// Reading and writing one row of the clients table. Private to src/storage.
#include <optional>

#include "core/client.h"

namespace sb::storage {

class Database;

Client read_client_row(Database& db, ClientId id);  // throws NotFound
ClientId insert_client_row(Database& db, const Client& client);
void update_client_row(Database& db, const Client& client);

// Keeps couple links symmetric: `client` now partners `next` (or nobody); the previous partner
// and anyone who was partnered with `next` are unlinked.
void link_partner(Database& db, ClientId client, std::optional<ClientId> previous,
                  std::optional<ClientId> next);

}  // namespace sb::storage
