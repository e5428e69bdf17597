#include "storage/database.h"

#include <fcntl.h>
#include <sqlcipher/sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <string>

#include "core/errors.h"
#include "crypto/digest.h"

namespace sb::storage {
namespace {

// The SQLCipher build this code was verified against (see docs/ARCHITECTURE.md). Another
// engine in the process would read and write plaintext.
constexpr std::string_view kExpectedCipherVersion = "3.4.1";

std::string file_name(const std::filesystem::path& path) {
    return path.filename().string();
}

}  // namespace

// ---- Statement -------------------------------------------------------------------------------

Statement::Statement(Database& db, std::string_view sql) : db_(db) {
    const int rc =
        sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
    if (rc != SQLITE_OK) {
        db.fail(rc, "preparing a statement");
    }
}

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::string_view text) {
    const int rc = sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()),
                                     SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) {
        db_.fail(rc, "binding a value");
    }
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    const int rc = sqlite3_bind_int64(stmt_, index, value);
    if (rc != SQLITE_OK) {
        db_.fail(rc, "binding a value");
    }
    return *this;
}

Statement& Statement::bind_secret(int index, const crypto::SecureBuffer::Reader& reader) {
    const int rc = sqlite3_bind_text(stmt_, index, reinterpret_cast<const char*>(reader.data()),
                                     static_cast<int>(reader.size()), SQLITE_STATIC);
    if (rc != SQLITE_OK) {
        db_.fail(rc, "binding a value");
    }
    return *this;
}

Statement& Statement::bind_null(int index) {
    const int rc = sqlite3_bind_null(stmt_, index);
    if (rc != SQLITE_OK) {
        db_.fail(rc, "binding a value");
    }
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::int64_t>& value) {
    return value ? bind(index, *value) : bind_null(index);
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    sqlite3_reset(stmt_);
    db_.fail(rc, "reading or writing the practice database");
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::string Statement::text(int column) const {
    const auto* data = sqlite3_column_text(stmt_, column);
    const int size = sqlite3_column_bytes(stmt_, column);
    return data ? std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size))
                : std::string();
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(stmt_, column);
}

bool Statement::is_null(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::optional<std::int64_t> Statement::optional_integer(int column) const {
    if (is_null(column)) {
        return std::nullopt;
    }
    return integer(column);
}

// ---- Database --------------------------------------------------------------------------------

Database::Database(const std::filesystem::path& path, const crypto::SecureBuffer& data_key,
                   bool create)
    : path_(path) {
    const int flags =
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
    int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        const int code = rc;
        sqlite3_close(db_);
        db_ = nullptr;
        if (code == SQLITE_CANTOPEN && !create && !std::filesystem::exists(path)) {
            throw VaultDamaged("The practice database " + file_name(path) +
                               " is missing from the vault folder.");
        }
        if (code == SQLITE_CANTOPEN || code == SQLITE_READONLY || code == SQLITE_PERM) {
            throw VaultNotWritable("SecureBase cannot open " + path.string() +
                                   " for writing. Check the folder's permissions.");
        }
        throw InternalError("Opening the practice database failed (SQLite code " +
                            std::to_string(code) + ").");
    }
    sqlite3_extended_result_codes(db_, 1);
    if (create) {
        // Encrypted or not, a practice's files are for its counsellor's account alone. SQLite
        // gives -wal and -shm the database file's mode.
        std::filesystem::permissions(
            path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    }
    try {
        {
            const auto literal = crypto::sqlcipher_raw_key_literal(data_key);
            const crypto::SecureBuffer::Reader reader(literal);
            rc = sqlite3_key(db_, reader.data(), static_cast<int>(reader.size()));
        }
        if (rc != SQLITE_OK) {
            fail(rc, "keying the practice database");
        }
        exec("PRAGMA cipher_page_size = 4096");
        {
            Statement version(*this, "PRAGMA cipher_version");
            if (!version.step() || version.text(0) != kExpectedCipherVersion) {
                throw WrongEngine(
                    "SecureBase is not running on the SQLCipher engine it was built for, so it "
                    "will not open the vault (it could write unencrypted data).");
            }
        }
        rc = sqlite3_exec(db_, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK) {
            if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT) {
                throw VaultDamaged("The practice database " + file_name(path) +
                                   " cannot be read: it is damaged or does not belong to this "
                                   "vault's key file.");
            }
            fail(rc, "reading the practice database");
        }
        if (!create) {
            require_intact();
        }
        sqlite3_busy_timeout(db_, 2000);
        // WAL keeps readers and the writer apart and its frames are encrypted too. FULL
        // synchronous: a counsellor's committed note must survive a power cut. Temp data stays
        // in memory: a temp FILE would be plaintext.
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = FULL");
        exec("PRAGMA foreign_keys = ON");
        exec("PRAGMA secure_delete = ON");
        exec("PRAGMA temp_store = MEMORY");
    } catch (...) {
        sqlite3_close(db_);
        db_ = nullptr;
        throw;
    }
}

Database::~Database() {
    if (db_ != nullptr) {
        sqlite3_close_v2(db_);
    }
}

void Database::require_intact() {
    // SQLCipher authenticates a page only when it reads it, so damage would otherwise surface
    // in the middle of a counsellor's work. quick_check reads every page once, at unlock.
    Statement check(*this, "PRAGMA quick_check");
    if (!check.step() || check.text(0) != "ok") {
        throw VaultDamaged("The practice database " + file_name(path_) +
                           " is damaged: its integrity check failed.");
    }
}

void Database::exec(std::string_view sql) {
    const std::string owned(sql);
    const int rc = sqlite3_exec(db_, owned.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        fail(rc, "running a schema statement");
    }
}

std::int64_t Database::last_insert_id() const {
    return sqlite3_last_insert_rowid(db_);
}

int Database::changes() const {
    return sqlite3_changes(db_);
}

int Database::user_version() {
    Statement stmt(*this, "PRAGMA user_version");
    stmt.step();
    return static_cast<int>(stmt.integer(0));
}

void Database::fail(int code, std::string_view doing) const {
    const int primary = code & 0xff;
    const int system_errno = db_ ? sqlite3_system_errno(db_) : 0;
    const std::string name = file_name(path_);
    if (primary == SQLITE_FULL || system_errno == ENOSPC || system_errno == EFBIG ||
        system_errno == EDQUOT) {
        throw DiskFull(
            "The disk is full, so the change was not saved. Free some space and try "
            "again; everything saved before is safe.");
    }
    switch (primary) {
        case SQLITE_NOTADB:
        case SQLITE_CORRUPT:
            throw VaultDamaged("The practice database " + name + " is damaged (found while " +
                               std::string(doing) + ").");
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            throw VaultBusy(
                "The practice database is busy in another program. Close other "
                "copies of SecureBase and try again.");
        case SQLITE_READONLY:
        case SQLITE_PERM:
        case SQLITE_CANTOPEN:
            throw VaultNotWritable("SecureBase cannot write to " + path_.parent_path().string() +
                                   ". Check the folder's permissions.");
        case SQLITE_CONSTRAINT:
            throw InvalidInput(std::string("That change is not allowed: ") +
                               (db_ ? sqlite3_errmsg(db_) : "a rule of the vault refused it") +
                               ".");
        case SQLITE_IOERR:
            throw VaultNotWritable("Writing " + name + " failed (" + std::string(doing) +
                                   "). Nothing was half-written; check the disk.");
        default:
            throw InternalError("The practice database reported an error while " +
                                std::string(doing) + " (SQLite code " + std::to_string(code) +
                                ").");
    }
}

bool Database::in_transaction() const {
    return sqlite3_get_autocommit(db_) == 0;
}

void Database::begin() {
    exec("BEGIN IMMEDIATE");
}

void Database::commit() {
    exec("COMMIT");
}

void Database::rollback() noexcept {
    if (!sqlite3_get_autocommit(db_)) {
        sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Database::export_encrypted_copy(const std::filesystem::path& target,
                                     const crypto::SecureBuffer& data_key) {
    // Never the backup API or the shell's .backup: with an unkeyed destination they write a
    // plaintext copy. ATTACH … KEY with the raw key, then sqlcipher_export, stays encrypted.
    std::filesystem::remove(target);
    {
        // ATTACH opens with this connection's flags, and an existing vault's connection has no
        // SQLITE_OPEN_CREATE, so the copy's file is made here: empty (a new database to
        // SQLite) and private to the counsellor like practice.db, not SQLite's 0644.
        const int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0) {
            fail(errno == ENOSPC || errno == EDQUOT ? SQLITE_FULL : SQLITE_CANTOPEN,
                 "making a copy of the practice database");
        }
        ::close(fd);
    }
    try {
        const auto literal = crypto::sqlcipher_raw_key_literal(data_key);
        const crypto::SecureBuffer::Reader reader(literal);
        Statement attach(*this, "ATTACH DATABASE ?1 AS securebase_copy KEY ?2");
        attach.bind(1, target.string());
        attach.bind_secret(2, reader);
        attach.run();
    } catch (...) {
        std::filesystem::remove(target);
        throw;
    }
    try {
        exec("PRAGMA securebase_copy.cipher_page_size = 4096");
        Statement copy(*this, "SELECT sqlcipher_export('securebase_copy')");
        copy.run();
        // sqlcipher_export (3.4.1) copies the schema and rows but not user_version, the schema
        // version migrations go by: without it a restored copy would be migrated from scratch.
        exec("PRAGMA securebase_copy.user_version = " + std::to_string(user_version()));
        exec("DETACH DATABASE securebase_copy");
    } catch (...) {
        sqlite3_exec(db_, "DETACH DATABASE securebase_copy", nullptr, nullptr, nullptr);
        std::filesystem::remove(target);
        throw;
    }
}

}  // namespace sb::storage
