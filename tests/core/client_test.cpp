#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "core/client.h"
#include "core/errors.h"

namespace {

sb::Client ana() {
    sb::Client client;
    client.id = 7;
    client.legal_name = "Ana Díaz";
    client.preferred_name = "Ana";
    client.date_of_birth = "1990-04-01";
    client.email = "ana@example.org";
    client.intake_date = "2026-01-15";
    return client;
}

// Runs validate() and returns the sentence a person would see, or "" if it passed.
std::string refusal(const sb::Client& client) {
    try {
        sb::validate(client);
    } catch (const sb::InvalidInput& error) {
        return error.what();
    }
    return "";
}

}  // namespace

TEST_CASE("Client statuses are written and read by their names") {
    for (const auto status :
         {sb::ClientStatus::Active, sb::ClientStatus::Paused, sb::ClientStatus::Discharged}) {
        CHECK(sb::parse_client_status(sb::to_string(status)) == status);
    }
    CHECK(sb::to_string(sb::ClientStatus::Discharged) == "discharged");
    CHECK(sb::parse_client_status("Paused") == sb::ClientStatus::Paused);
    CHECK_FALSE(sb::parse_client_status("closed"));
    CHECK_FALSE(sb::parse_client_status(""));
}

TEST_CASE("Relationship statuses are written and read by their names") {
    const auto& all = sb::all_relationship_statuses();
    CHECK(all.size() == 8);
    CHECK(all.front() == sb::RelationshipStatus::Unspecified);
    std::set<std::string_view> names;
    for (const auto status : all) {
        CHECK(sb::parse_relationship_status(sb::to_string(status)) == status);
        names.insert(sb::to_string(status));
    }
    CHECK(names.size() == all.size());
    CHECK(sb::to_string(sb::RelationshipStatus::Widowed) == "widowed");
    CHECK_FALSE(sb::parse_relationship_status("complicated"));
}

TEST_CASE("The display name shows a preferred name with the legal name beside it") {
    sb::Client client = ana();
    CHECK(sb::display_name(client) == "Ana (Ana Díaz)");
    client.preferred_name = "";
    CHECK(sb::display_name(client) == "Ana Díaz");
    client.preferred_name = "Ana Díaz";
    CHECK(sb::display_name(client) == "Ana Díaz");
    client.preferred_name = "  ";
    CHECK(sb::display_name(client) == "Ana Díaz");
}

TEST_CASE("A complete client record is valid") {
    sb::Client client = ana();
    client.address = "12 Harbour Road\nFlat 3\tBack door";
    client.notes = "Prefers mornings.\n\tCall before visiting.";
    client.relationship_status = sb::RelationshipStatus::Partnered;
    client.partner_id = 8;
    CHECK_NOTHROW(sb::validate(client));
}

TEST_CASE("Names and notes in any script pass validation unchanged") {
    sb::Client client = ana();
    client.legal_name = "محمد عبد الله";
    client.preferred_name = "张伟";
    client.pronouns = "они/их";
    client.emergency_contact_name = "Ελένη Παπαδοπούλου";
    client.emergency_contact_relationship = "妹 🙂";
    client.referral_source = "José (e\u0301) via GP";
    client.presenting_concerns = "Ängste 😟\nनींद की समस्या\n日本語のテキスト";
    client.notes = "👩‍👩‍👧 family; ❤️ כן";
    const sb::Client copy = client;
    CHECK_NOTHROW(sb::validate(client));
    CHECK(client == copy);
}

TEST_CASE("A legal name is required") {
    sb::Client client = ana();
    client.legal_name = "";
    CHECK(refusal(client) == "Legal name is required.");
    client.legal_name = " \t\u00a0";
    CHECK(refusal(client) == "Legal name is required.");
}

TEST_CASE("A legal name longer than 200 characters is refused") {
    sb::Client client = ana();
    std::string name;
    for (int i = 0; i < 200; ++i)
        name += "é";  // 400 bytes but 200 characters
    client.legal_name = name;
    CHECK_NOTHROW(sb::validate(client));
    client.legal_name = name + "x";
    CHECK(refusal(client) == "Legal name must be at most 200 characters; this has 201.");
}

TEST_CASE("Dates must be typed as yyyy-mm-dd calendar dates") {
    sb::Client client = ana();
    client.date_of_birth = "01/04/1990";
    CHECK(refusal(client) == "Date of birth must be a date like 1990-04-01.");
    client.date_of_birth = "1990-02-30";
    CHECK(refusal(client) == "Date of birth must be a date like 1990-04-01.");
    client.date_of_birth = "";
    CHECK(refusal(client).empty());
    client.intake_date = "yesterday";
    CHECK_THAT(refusal(client), Catch::StartsWith("Intake date must be a date like "));
    client.intake_date = "2026-01-15";
    client.discharge_date = "2026-6-30";
    CHECK_THAT(refusal(client), Catch::StartsWith("Discharge date must be a date like "));
}

TEST_CASE("An email address must look like one") {
    sb::Client client = ana();
    for (const char* email : {"ana", "@example.org", "ana@", "ana@@example.org", "ana@exa@mple.org",
                              "ana díaz@example.org", "ana@example.org "}) {
        INFO(email);
        client.email = email;
        CHECK(refusal(client) == "Email must look like name@example.org.");
    }
    client.email = "ana.díaz+work@example.org";
    CHECK_NOTHROW(sb::validate(client));
    client.email = "";
    CHECK_NOTHROW(sb::validate(client));
}

TEST_CASE("A discharged client needs a discharge date on or after intake") {
    sb::Client client = ana();
    client.status = sb::ClientStatus::Discharged;
    CHECK(refusal(client) == "Discharge date is required when a client is discharged.");
    client.discharge_date = "2026-01-14";
    CHECK(refusal(client) == "Discharge date must not be before the intake date.");
    client.discharge_date = "2026-01-15";
    CHECK_NOTHROW(sb::validate(client));
    client.intake_date = "";
    CHECK_NOTHROW(sb::validate(client));
}

TEST_CASE("A client cannot be recorded as their own partner") {
    sb::Client client = ana();
    client.partner_id = client.id;
    CHECK(refusal(client) == "A client cannot be their own partner.");
    client.id = 0;  // not stored yet, so there is nothing to compare with
    client.partner_id = 0;
    CHECK_NOTHROW(sb::validate(client));
}

TEST_CASE("One-line fields refuse line breaks and every field refuses control characters") {
    sb::Client client = ana();
    client.phone = "0400 123\n456";
    CHECK(refusal(client) == "Phone must fit on one line.");
    client.phone = "0400 123 456";
    client.pronouns = "she\ther";
    CHECK(refusal(client) == "Pronouns contains an invisible control character; please remove it.");
    client.pronouns = "";
    client.notes = "bell\a";
    CHECK(refusal(client) == "Notes contains an invisible control character; please remove it.");
    client.notes = "windows line\r\nend";
    CHECK(refusal(client) == "Notes contains an invisible control character; please remove it.");
    client.notes = "C1 control \u0085 here";
    CHECK(refusal(client) == "Notes contains an invisible control character; please remove it.");
    client.notes = "delete \x7f";
    CHECK(refusal(client) == "Notes contains an invisible control character; please remove it.");
    client.notes = std::string("nul \0 inside", 12);
    CHECK(refusal(client) == "Notes contains an invisible control character; please remove it.");
}

TEST_CASE("Text that is not UTF-8 is refused naming its field") {
    sb::Client client = ana();
    client.referral_source = "caf\xe9";
    CHECK(refusal(client) ==
          "Referral source contains characters that cannot be read as text; please type it again.");
}

TEST_CASE("Every text field is listed under its member's name with a label") {
    const auto& fields = sb::client_text_fields();
    const std::set<std::string_view> expected{"legal_name",
                                              "preferred_name",
                                              "pronouns",
                                              "date_of_birth",
                                              "phone",
                                              "email",
                                              "address",
                                              "emergency_contact_name",
                                              "emergency_contact_phone",
                                              "emergency_contact_relationship",
                                              "referral_source",
                                              "presenting_concerns",
                                              "intake_date",
                                              "discharge_date",
                                              "notes"};
    std::set<std::string_view> keys;
    for (const auto& field : fields) {
        keys.insert(field.key);
        CHECK_FALSE(field.label.empty());
    }
    CHECK(keys == expected);
    CHECK(fields.size() == expected.size());
    CHECK(fields.front().key == "legal_name");
    CHECK(fields.front().label == "Legal name");
}

TEST_CASE("A text field can be reached by its key for reading and writing") {
    sb::Client client = ana();
    std::string* email = sb::text_field(client, "email");
    REQUIRE(email == &client.email);
    *email = "ana@clinic.example";
    CHECK(client.email == "ana@clinic.example");

    const sb::Client& readonly = client;
    CHECK(sb::text_field(readonly, "emergency_contact_relationship") ==
          &readonly.emergency_contact_relationship);
    CHECK(sb::text_field(client, "code") == nullptr);  // set by storage, not a typed field
    CHECK(sb::text_field(readonly, "no_such_field") == nullptr);
    for (const auto& field : sb::client_text_fields()) {
        INFO(field.key);
        CHECK(sb::text_field(client, field.key) != nullptr);
    }
}
