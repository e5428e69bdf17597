#pragma once
// A PDF under construction, for every report SecureBase prints. It wraps libharu so that the
// rest of src/reports never sees <hpdf.h>: a libharu error becomes a C++ exception, text is
// UTF-8 in DejaVu (so every name prints as written), pages are A4, and saving is all or nothing.
#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sb::reports {

enum class Font { Regular, Bold, Mono };

struct Colour {
    float red = 0.0F;
    float green = 0.0F;
    float blue = 0.0F;
};

class PdfDocument;

// One page of a PdfDocument, valid while the document lives. Coordinates are PDF points
// (1/72 inch) from the bottom-left corner; y of text is its baseline.
class PdfPage {
public:
    float width() const;
    float height() const;

    // Width of one line of UTF-8 text as it would print.
    float text_width(Font font, float size, std::string_view text) const;

    // Splits UTF-8 text into lines no wider than max_width, breaking at spaces and, for a word
    // too long for a line on its own, between characters (never inside a UTF-8 sequence).
    std::vector<std::string> wrap(Font font, float size, std::string_view text,
                                  float max_width) const;

    void text(float x, float baseline, Font font, float size, std::string_view text, Colour colour);

    // Draws a wrapped paragraph whose first baseline is `baseline`; returns the baseline the
    // next line would have, `leading` below the last one drawn.
    float paragraph(float x, float baseline, float max_width, Font font, float size, float leading,
                    std::string_view text, Colour colour);

    void line(float x1, float y1, float x2, float y2, float thickness, Colour colour);

    // A rectangle with rounded corners, filled and outlined.
    void rounded_box(float x, float y, float box_width, float box_height, float radius, Colour fill,
                     Colour outline);

private:
    friend class PdfDocument;
    PdfPage(PdfDocument& document, std::size_t index) : document_(&document), index_(index) {}

    PdfDocument* document_;
    std::size_t index_;
};

class PdfDocument {
public:
    // Throws sb::InternalError when libharu cannot start or a DejaVu font is missing.
    PdfDocument();
    ~PdfDocument();
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    // Title in the document information; the creator is always "SecureBase".
    void set_title(std::string_view title);

    // A new A4 portrait page, last in the document.
    PdfPage add_page();

    // Writes the PDF to `path` through `<path>.partial` in the same folder, synced to disk,
    // then renamed into place. Throws sb::DiskFull when the disk is full and
    // sb::VaultNotWritable for any other failure; in both cases no file is left behind.
    void save(const std::filesystem::path& path);

private:
    friend class PdfPage;
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace sb::reports
