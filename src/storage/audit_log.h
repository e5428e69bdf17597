#pragma once
// The append-only audit log. Each event's hash covers the previous event's hash, so a removed
// or altered row breaks the chain and verify() says where.
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"

namespace sb::storage {

class Database;

struct AuditEvent {
    std::int64_t id = 0;
    std::string at;       // ISO 8601 UTC
    std::string actor;    // the counsellor (slot label) or "app"/"cli"
    std::string action;   // e.g. "client.created", "unlock.failed"
    std::string subject;  // a client code, a slot id, or empty: never a name
    std::string detail;   // short, never clinical content
    std::string hash;
};

struct AuditVerification {
    bool intact = true;
    std::int64_t events = 0;
    std::optional<std::int64_t> first_broken_id;
};

class AuditLog {
public:
    AuditLog(Database& db, const Clock& clock, std::string actor);

    void record(const std::string& action, const std::string& subject = {},
                const std::string& detail = {});
    // Records an event with its own time and actor: failed unlocks moved in from the plain log
    // happened before anyone was known to be at the keyboard.
    void record_at(const std::string& at, const std::string& actor, const std::string& action,
                   const std::string& subject, const std::string& detail);
    std::vector<AuditEvent> recent(int limit);
    AuditVerification verify();
    void set_actor(std::string actor) { actor_ = std::move(actor); }
    // The time events are stamped with, ISO 8601 UTC; repositories use it for their own
    // timestamps so both agree.
    std::string now() const;

private:
    Database& db_;
    const Clock& clock_;
    std::string actor_;
};

}  // namespace sb::storage
