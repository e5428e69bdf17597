#include "reports/recovery_sheet_pdf.h"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/errors.h"
#include "support/temp_folder.h"

namespace fs = std::filesystem;

namespace {

constexpr const char* kKey = "7KQ3-M9TX-4RZP-0WBN-C8D2-HJ5F-YA6E-GS1V-Q4TR";

sb::reports::RecoverySheet sheet_for(std::string practice, std::string counsellor) {
    return {std::move(practice), std::move(counsellor), "2026-11-24", kKey};
}

// Runs a shell command with its output in `log`; returns its exit status.
int run(const std::string& command, const fs::path& log) {
    const std::string full = command + " >'" + log.string() + "' 2>&1";
    const int status = std::system(full.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// The PDF's text as poppler extracts it; fails the test if pdftotext is missing or fails.
std::string extract_text(const fs::path& pdf, const char* options = "") {
    const fs::path text = pdf.string() + ".txt";
    const fs::path log = pdf.string() + ".pdftotext.log";
    const int status = run(std::string("pdftotext ") + options + " -enc UTF-8 '" + pdf.string() +
                               "' '" + text.string() + "'",
                           log);
    INFO("pdftotext output: " << sb::test::read_text_file(log));
    REQUIRE(status == 0);
    std::string extracted = sb::test::read_text_file(text);
    fs::remove(text);
    fs::remove(log);
    return extracted;
}

void require_qpdf_check_passes(const fs::path& pdf) {
    const fs::path log = pdf.string() + ".qpdf.log";
    const int status = run("qpdf --check '" + pdf.string() + "'", log);
    INFO("qpdf --check (exit 127 means qpdf is not installed; it is a test dependency):\n"
         << sb::test::read_text_file(log));
    REQUIRE(status == 0);
    fs::remove(log);
}

std::vector<std::string> folder_entries(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) {
        names.push_back(entry.path().filename().string());
    }
    return names;
}

}  // namespace

TEST_CASE("The recovery sheet's text names the practice, the counsellor and the key groups") {
    const auto text = sb::reports::recovery_sheet_text(sheet_for("Harbour Counselling", "Sam Lee"));
    CHECK(text.title == "SecureBase recovery key");
    REQUIRE(text.key_groups.size() == 9);
    CHECK(text.key_groups.front() == "7KQ3");
    CHECK(text.key_groups.back() == "Q4TR");
    CHECK(text.details.at(0) == "Practice: Harbour Counselling");
    CHECK(text.details.at(1) == "Counsellor: Sam Lee");
    CHECK(text.details.at(2) == "Created: 2026-11-24");
    CHECK_FALSE(text.intro.empty());
    CHECK(text.guidance.back() == "Stored at:");
}

TEST_CASE("The recovery sheet PDF is valid and carries the key and names") {
    sb::test::TempFolder folder;
    const fs::path pdf = folder.path() / "Recovery key.pdf";
    sb::reports::write_recovery_sheet_pdf(sheet_for("Harbour Counselling", "Sam Lee"), pdf);

    REQUIRE(fs::is_regular_file(pdf));
    CHECK(fs::file_size(pdf) > 1000);
    require_qpdf_check_passes(pdf);

    const std::string text = extract_text(pdf);
    for (const auto& group : sb::reports::recovery_sheet_text(sheet_for("", "")).key_groups) {
        CHECK_THAT(text, Catch::Contains(group));
    }
    CHECK_THAT(text, Catch::Contains("Harbour Counselling"));
    CHECK_THAT(text, Catch::Contains("Sam Lee"));
    CHECK_THAT(text, Catch::Contains("SecureBase recovery key"));
    CHECK_THAT(text, Catch::Contains("Stored at:"));

    SECTION("nothing but the PDF is left in the folder") {
        CHECK(folder_entries(folder.path()) == std::vector<std::string>{"Recovery key.pdf"});
    }
    SECTION("only its owner may read it, since it holds a secret") {
        const auto perms = fs::status(pdf).permissions();
        CHECK((perms & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
    }
    SECTION("writing again replaces the file") {
        sb::reports::write_recovery_sheet_pdf(sheet_for("Second Practice", "Sam Lee"), pdf);
        CHECK_THAT(extract_text(pdf), Catch::Contains("Second Practice"));
        CHECK(folder_entries(folder.path()) == std::vector<std::string>{"Recovery key.pdf"});
    }
}

TEST_CASE("Cyrillic and Greek names print exactly as written") {
    sb::test::TempFolder folder;
    const fs::path pdf = folder.path() / "sheet.pdf";
    const std::string practice = "Центр «Надежда» — Ελπίδα Συμβουλευτική";
    const std::string counsellor = "Анна Кузнецова-Παπαδοπούλου";
    sb::reports::write_recovery_sheet_pdf(sheet_for(practice, counsellor), pdf);
    require_qpdf_check_passes(pdf);

    for (const char* options : {"", "-raw"}) {
        INFO("pdftotext options: " << options);
        const std::string text = extract_text(pdf, options);
        CHECK_THAT(text, Catch::Contains(practice));
        CHECK_THAT(text, Catch::Contains(counsellor));
    }
}

TEST_CASE("Names the font cannot show still make a valid sheet") {
    sb::test::TempFolder folder;
    const fs::path pdf = folder.path() / "sheet.pdf";
    // Arabic is in DejaVu Sans (unshaped); Chinese is not, and U+1F33F is above U+FFFF.
    const std::string practice = "مركز الأمل للإرشاد 心理咨询中心 \U0001F33F";
    const std::string counsellor = "李小龙 / Ярослава";
    sb::reports::write_recovery_sheet_pdf(sheet_for(practice, counsellor), pdf);
    require_qpdf_check_passes(pdf);
    const std::string text = extract_text(pdf);
    CHECK_THAT(text, Catch::Contains("Ярослава"));
    CHECK_THAT(text, Catch::Contains("GS1V"));
}

TEST_CASE("A very long practice name wraps and still fits on the page") {
    sb::test::TempFolder folder;
    const fs::path pdf = folder.path() / "sheet.pdf";
    std::string practice;
    for (int i = 0; i < 12; ++i) {
        practice += "Community Wellbeing and Counselling Service ";
    }
    practice += "ПсихологическаяПомощьБезПробеловОченьДлинноеСловоКотороеНеПомещается";
    sb::reports::write_recovery_sheet_pdf(sheet_for(practice, "Sam Lee"), pdf);
    require_qpdf_check_passes(pdf);
    const std::string text = extract_text(pdf);
    CHECK_THAT(text, Catch::Contains("Stored at:"));
    CHECK_THAT(text, Catch::Contains("Q4TR"));
}

TEST_CASE("A folder that cannot be written is reported and left untouched") {
    SECTION("a folder without write permission") {
        sb::test::TempFolder folder;
        const fs::path locked = folder.path() / "locked";
        fs::create_directory(locked);
        fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
        if (::access(locked.c_str(), W_OK) == 0) {
            WARN(
                "Running with privileges that ignore folder permissions; this section is "
                "covered by the next one");
            return;
        }
        const fs::path pdf = locked / "sheet.pdf";
        CHECK_THROWS_AS(sb::reports::write_recovery_sheet_pdf(sheet_for("P", "C"), pdf),
                        sb::VaultNotWritable);
        fs::permissions(locked, fs::perms::owner_all);
        CHECK(folder_entries(locked).empty());
    }
    SECTION("a folder nobody may create files in") {
        const fs::path pdf = "/proc/self/sheet.pdf";
        try {
            sb::reports::write_recovery_sheet_pdf(sheet_for("P", "C"), pdf);
            FAIL("no exception");
        } catch (const sb::VaultNotWritable& error) {
            CHECK_THAT(error.what(), Catch::Contains("/proc/"));
        }
        CHECK_FALSE(fs::exists(pdf));
        CHECK_FALSE(fs::exists("/proc/self/sheet.pdf.partial"));
    }
    SECTION("a folder that does not exist") {
        sb::test::TempFolder folder;
        const fs::path pdf = folder.path() / "missing" / "sheet.pdf";
        try {
            sb::reports::write_recovery_sheet_pdf(sheet_for("P", "C"), pdf);
            FAIL("no exception");
        } catch (const sb::VaultNotWritable& error) {
            CHECK_THAT(error.what(), Catch::Contains((folder.path() / "missing").string()));
        }
        CHECK(folder_entries(folder.path()).empty());
    }
}

TEST_CASE("A sheet without a recovery key is refused") {
    sb::test::TempFolder folder;
    auto sheet = sheet_for("P", "C");
    sheet.recovery_key = "";
    CHECK_THROWS_AS(sb::reports::write_recovery_sheet_pdf(sheet, folder.path() / "sheet.pdf"),
                    sb::InternalError);
    CHECK(folder_entries(folder.path()).empty());
}
