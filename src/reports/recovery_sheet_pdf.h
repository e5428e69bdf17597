#pragma once
// The one-page "Recovery key" sheet a counsellor prints or saves when the practice is created
// or the recovery key is replaced. It is the only PDF that ever holds a secret, so it is written
// straight to the path the counsellor chose, never to a temporary file.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace sb::reports {

struct RecoverySheet {
    std::string practice_name;
    std::string counsellor_name;
    std::string created_on;         // yyyy-mm-dd
    std::string_view recovery_key;  // formatted, e.g. "7KQ3-M9TX-…"
};

// Writes the sheet as a PDF. Throws sb::VaultNotWritable (cannot write there) or
// sb::DiskFull; never leaves a partial file behind.
void write_recovery_sheet_pdf(const RecoverySheet& sheet, const std::filesystem::path& path);

// The sheet's text, line by line, as the PDF and the printed page both show it.
struct RecoverySheetText {
    std::string title;
    std::vector<std::string> intro;       // paragraphs
    std::vector<std::string> key_groups;  // the key in groups, for large type
    std::vector<std::string> details;     // practice, counsellor, date
    std::vector<std::string> guidance;    // where to keep it, what it can do
};
RecoverySheetText recovery_sheet_text(const RecoverySheet& sheet);

}  // namespace sb::reports
