#include "storage/audit_log.h"

#include "core/dates.h"
#include "crypto/digest.h"
#include "storage/database.h"

namespace sb::storage {
namespace {

const std::string kGenesisHash(64, '0');

std::string event_hash(const std::string& prev_hash, const AuditEvent& event) {
    // Unit separators keep field boundaries unambiguous ("ab"+"c" differs from "a"+"bc").
    constexpr char sep = '\x1f';
    return crypto::blake2b_hex(prev_hash + sep + event.at + sep + event.actor + sep + event.action +
                               sep + event.subject + sep + event.detail);
}

std::string last_hash(Database& db) {
    Statement stmt(db, "SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1");
    return stmt.step() ? stmt.text(0) : kGenesisHash;
}

}  // namespace

AuditLog::AuditLog(Database& db, const Clock& clock, std::string actor)
    : db_(db), clock_(clock), actor_(std::move(actor)) {}

std::string AuditLog::now() const {
    return format_utc_timestamp(clock_.now());
}

void AuditLog::record(const std::string& action, const std::string& subject,
                      const std::string& detail) {
    record_at(now(), actor_, action, subject, detail);
}

void AuditLog::record_at(const std::string& at, const std::string& actor, const std::string& action,
                         const std::string& subject, const std::string& detail) {
    AuditEvent event{0, at, actor, action, subject, detail, {}};
    db_.atomically([&] {
        const std::string prev = last_hash(db_);
        event.hash = event_hash(prev, event);
        Statement stmt(db_,
                       "INSERT INTO audit_events (at, actor, action, subject, detail, prev_hash, "
                       "hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        stmt.bind(1, event.at)
            .bind(2, event.actor)
            .bind(3, event.action)
            .bind(4, event.subject)
            .bind(5, event.detail)
            .bind(6, prev)
            .bind(7, event.hash)
            .run();
        // The newest hash, kept apart from the chain: without it, removing the last events
        // would leave a shorter chain that still verifies.
        Statement head(db_,
                       "INSERT OR REPLACE INTO practice_settings (key, value) "
                       "VALUES ('audit_head', ?1)");
        head.bind(1, event.hash).run();
    });
}

std::vector<AuditEvent> AuditLog::recent(int limit) {
    Statement stmt(db_,
                   "SELECT id, at, actor, action, subject, detail, hash FROM audit_events "
                   "ORDER BY id DESC LIMIT ?1");
    stmt.bind(1, limit);
    std::vector<AuditEvent> events;
    while (stmt.step()) {
        events.push_back({stmt.integer(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.text(4),
                          stmt.text(5), stmt.text(6)});
    }
    return events;
}

AuditVerification AuditLog::verify() {
    AuditVerification result;
    Statement stmt(db_,
                   "SELECT id, at, actor, action, subject, detail, prev_hash, hash "
                   "FROM audit_events ORDER BY id");
    std::string expected_prev = kGenesisHash;
    std::int64_t last_id = 0;
    while (stmt.step()) {
        ++result.events;
        AuditEvent event{stmt.integer(0), stmt.text(1), stmt.text(2), stmt.text(3),
                         stmt.text(4),    stmt.text(5), stmt.text(7)};
        const std::string prev = stmt.text(6);
        if (result.intact && (prev != expected_prev || event_hash(prev, event) != event.hash)) {
            result.intact = false;
            result.first_broken_id = event.id;
        }
        expected_prev = event.hash;
        last_id = event.id;
    }
    Statement head(db_, "SELECT value FROM practice_settings WHERE key = 'audit_head'");
    if (result.intact && head.step() && head.text(0) != expected_prev) {
        result.intact = false;  // events after the last one left were removed
        result.first_broken_id = last_id + 1;
    }
    return result;
}

}  // namespace sb::storage
