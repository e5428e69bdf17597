#include "reports/recovery_sheet_pdf.h"

#include <algorithm>
#include <cstddef>

#include "core/errors.h"
#include "reports/pdf_document.h"

namespace sb::reports {

namespace {

// A calm palette: near-black text, grey for labels, one muted teal accent.
constexpr Colour kInk{0.13F, 0.16F, 0.20F};
constexpr Colour kMuted{0.42F, 0.46F, 0.50F};
constexpr Colour kAccent{0.16F, 0.42F, 0.45F};
constexpr Colour kKeyFill{0.955F, 0.966F, 0.970F};
constexpr Colour kKeyOutline{0.78F, 0.82F, 0.84F};
constexpr Colour kRule{0.80F, 0.83F, 0.85F};

constexpr float kMargin = 64.0F;
constexpr float kTitleSize = 24.0F;
constexpr float kBodySize = 11.0F;
constexpr float kBodyLeading = 15.5F;
constexpr float kParagraphGap = 7.0F;
constexpr float kKeySize = 22.0F;
constexpr float kKeyRowHeight = 36.0F;
constexpr float kKeyPadding = 24.0F;
constexpr std::size_t kGroupsPerRow = 3;

std::vector<std::string> split_key(std::string_view key) {
    std::vector<std::string> groups;
    std::string current;
    for (const char c : key) {
        if (c == '-' || c == ' ') {
            if (!current.empty()) {
                groups.push_back(std::move(current));
                current.clear();
            }
        } else {
            current += c;
        }
    }
    if (!current.empty()) {
        groups.push_back(std::move(current));
    }
    return groups;
}

// The key in large monospace, a few groups to a row, centred in a tinted box. Returns the y
// of the box's bottom edge.
float draw_key(PdfPage& page, const std::vector<std::string>& groups, float top) {
    const std::size_t rows = (groups.size() + kGroupsPerRow - 1) / kGroupsPerRow;
    // Padding is measured from the tops of the capitals and from the last baseline, so the
    // groups sit visually centred.
    const float cap_height = kKeySize * 0.73F;
    const float box_height =
        2 * kKeyPadding + cap_height + static_cast<float>(rows - 1) * kKeyRowHeight;
    const float box_width = page.width() - 2 * kMargin;
    page.rounded_box(kMargin, top - box_height, box_width, box_height, 8.0F, kKeyFill, kKeyOutline);

    float group_width = 0.0F;
    for (const std::string& group : groups) {
        group_width = std::max(group_width, page.text_width(Font::Mono, kKeySize, group));
    }
    const float gap = page.text_width(Font::Mono, kKeySize, "  ") * 1.25F;
    const float row_width = kGroupsPerRow * group_width + (kGroupsPerRow - 1) * gap;
    const float left = kMargin + (box_width - row_width) / 2;
    float baseline = top - kKeyPadding - cap_height;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const std::size_t column = i % kGroupsPerRow;
        page.text(left + static_cast<float>(column) * (group_width + gap), baseline, Font::Mono,
                  kKeySize, groups[i], kInk);
        if (column == kGroupsPerRow - 1) {
            baseline -= kKeyRowHeight;
        }
    }
    return top - box_height;
}

// "Practice: Name" rows as a two-column table: grey label, value wrapped beside it.
float draw_details(PdfPage& page, const std::vector<std::string>& details, float baseline) {
    std::vector<std::pair<std::string, std::string>> rows;
    float label_width = 0.0F;
    for (const std::string& detail : details) {
        const std::size_t colon = detail.find(": ");
        std::string label = colon == std::string::npos ? std::string() : detail.substr(0, colon);
        std::string value = colon == std::string::npos ? detail : detail.substr(colon + 2);
        label_width = std::max(label_width, page.text_width(Font::Regular, kBodySize, label));
        rows.emplace_back(std::move(label), std::move(value));
    }
    const float value_x = kMargin + label_width + 14.0F;
    const float value_width = page.width() - kMargin - value_x;
    for (const auto& [label, value] : rows) {
        page.text(kMargin, baseline, Font::Regular, kBodySize, label, kMuted);
        baseline = page.paragraph(value_x, baseline, value_width, Font::Bold, kBodySize,
                                  kBodyLeading, value, kInk);
        baseline -= 3.0F;
    }
    return baseline;
}

// Guidance as a bulleted list. A line ending in a colon is a label the counsellor completes
// by hand, so it gets a writing line instead of a bullet.
float draw_guidance(PdfPage& page, const std::vector<std::string>& guidance, float baseline) {
    const float indent = 16.0F;
    const float right = page.width() - kMargin;
    for (const std::string& item : guidance) {
        if (!item.empty() && item.back() == ':') {
            baseline -= 24.0F;
            page.text(kMargin, baseline, Font::Bold, kBodySize, item, kInk);
            const float line_x = kMargin + page.text_width(Font::Bold, kBodySize, item) + 8.0F;
            page.line(line_x, baseline - 2.0F, right, baseline - 2.0F, 0.6F, kMuted);
            baseline -= kBodyLeading + kParagraphGap;
            continue;
        }
        page.text(kMargin + 2.0F, baseline, Font::Regular, kBodySize, "\u2022", kAccent);
        baseline = page.paragraph(kMargin + indent, baseline, right - kMargin - indent,
                                  Font::Regular, kBodySize, kBodyLeading, item, kInk);
        baseline -= kParagraphGap;
    }
    return baseline;
}

}  // namespace

RecoverySheetText recovery_sheet_text(const RecoverySheet& sheet) {
    RecoverySheetText text;
    text.title = "SecureBase recovery key";
    text.intro = {
        "This key opens your practice vault if you ever forget your passphrase.",
        "Anyone who holds this key can open the vault and read every record in it, so keep it "
        "as carefully as you keep your clients\u2019 records.",
    };
    text.key_groups = split_key(sheet.recovery_key);
    text.details = {
        "Practice: " + sheet.practice_name,
        "Counsellor: " + sheet.counsellor_name,
        "Created: " + sheet.created_on,
    };
    text.guidance = {
        "Keep this sheet printed, in a locked place away from the computer, such as a locked "
        "drawer or a safe.",
        "Do not keep the key on the same computer as the vault, not as a file, a photo or a "
        "note. If you saved this page on the computer, delete the file once it is printed.",
        "If this sheet is lost, or someone else may have seen it, make a new key in SecureBase "
        "(Practice \u25B8 New recovery key\u2026). The new key stops this one working.",
        "Stored at:",
    };
    return text;
}

void write_recovery_sheet_pdf(const RecoverySheet& sheet, const std::filesystem::path& path) {
    const RecoverySheetText text = recovery_sheet_text(sheet);
    if (text.key_groups.empty()) {
        throw InternalError("A recovery sheet was requested without a recovery key");
    }

    PdfDocument document;
    document.set_title(text.title);
    PdfPage page = document.add_page();
    const float content_width = page.width() - 2 * kMargin;

    float baseline = page.height() - 84.0F;
    page.text(kMargin, baseline, Font::Bold, kTitleSize, text.title, kInk);
    page.line(kMargin, baseline - 14.0F, kMargin + 44.0F, baseline - 14.0F, 3.0F, kAccent);
    baseline -= 46.0F;

    for (const std::string& paragraph : text.intro) {
        baseline = page.paragraph(kMargin, baseline, content_width, Font::Regular, kBodySize,
                                  kBodyLeading, paragraph, kInk);
        baseline -= kParagraphGap;
    }

    const float key_bottom = draw_key(page, text.key_groups, baseline - 4.0F);
    baseline = key_bottom - 34.0F;

    baseline = draw_details(page, text.details, baseline);
    baseline -= 10.0F;
    page.line(kMargin, baseline, page.width() - kMargin, baseline, 0.5F, kRule);
    baseline -= 26.0F;

    draw_guidance(page, text.guidance, baseline);
    document.save(path);
}

}  // namespace sb::reports
