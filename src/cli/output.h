#pragma once
// How the CLI shows clients: JSON objects whose keys are the field names, or aligned text.
#include <iosfwd>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/client.h"
#include "core/client_summary.h"
#include "storage/audit_log.h"

namespace sb::cli {

nlohmann::json client_json(const Client& client, const std::optional<std::string>& partner_code);
nlohmann::json summary_json(const ClientSummary& summary);
nlohmann::json audit_event_json(const storage::AuditEvent& event);

void print_client(std::ostream& out, const Client& client,
                  const std::optional<std::string>& partner_code);
void print_client_table(std::ostream& out, const std::vector<ClientSummary>& rows);

}  // namespace sb::cli
