#pragma once
// What the client list shows for each client: enough to find and pick one, nothing more.
#include <optional>
#include <string>
#include <vector>

#include "core/client.h"

namespace sb {

struct ClientSummary {
    ClientId id = 0;
    std::string code;
    std::string legal_name;
    std::string preferred_name;
    ClientStatus status = ClientStatus::Active;
    std::string intake_date;
    std::optional<ClientId> partner_id;
};

inline std::string display_name(const ClientSummary& summary) {
    return display_name(summary.legal_name, summary.preferred_name);
}

// Which clients the list shows: a search and the statuses to include.
struct ClientFilter {
    std::string search;  // matched against names and code, ignoring case and accents
    bool active = true;
    bool paused = true;
    bool discharged = false;
};

}  // namespace sb
