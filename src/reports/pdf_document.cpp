#include "reports/pdf_document.h"

#include <fcntl.h>
#include <hpdf.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>

#include "core/errors.h"

#ifndef SECUREBASE_FONT_DIR
#error "SECUREBASE_FONT_DIR must name the folder holding the DejaVu TrueType fonts"
#endif

namespace sb::reports {

namespace fs = std::filesystem;

struct PdfDocument::State {
    HPDF_Doc doc = nullptr;
    // libharu reports errors through a C callback; throwing from it would unwind through C
    // frames, so the callback only records the first error and check() throws afterwards.
    HPDF_STATUS error_no = HPDF_OK;
    HPDF_STATUS detail_no = HPDF_OK;
    std::array<HPDF_Font, 3> fonts{};
    std::vector<HPDF_Page> pages;

    State() = default;
    State(const State&) = delete;
    State& operator=(const State&) = delete;
    ~State() {
        if (doc != nullptr) {
            HPDF_Free(doc);
        }
    }

    static void HPDF_STDCALL record_error(HPDF_STATUS error, HPDF_STATUS detail,
                                          void* user_data) noexcept {
        auto* state = static_cast<State*>(user_data);
        if (state->error_no == HPDF_OK) {
            state->error_no = error;
            state->detail_no = detail;
        }
    }

    // After an error libharu skips every call until the error is reset, so a failed drawing
    // call can leave `page` inside a text or path object; close it so the page stays usable.
    void check(const char* doing, HPDF_Page page = nullptr) {
        if (error_no == HPDF_OK) {
            return;
        }
        char message[160];
        std::snprintf(message, sizeof message, "PDF library error 0x%04lX (detail %lu) while %s",
                      static_cast<unsigned long>(error_no), static_cast<unsigned long>(detail_no),
                      doing);
        error_no = HPDF_OK;
        detail_no = HPDF_OK;
        if (doc != nullptr) {
            HPDF_ResetError(doc);
        }
        if (page != nullptr) {
            const HPDF_UINT16 mode = HPDF_Page_GetGMode(page);
            if (mode == HPDF_GMODE_TEXT_OBJECT) {
                HPDF_Page_EndText(page);
            } else if (mode == HPDF_GMODE_PATH_OBJECT) {
                HPDF_Page_EndPath(page);
            }
            error_no = HPDF_OK;
            HPDF_ResetError(doc);
        }
        throw InternalError(message);
    }

    HPDF_Font font(Font which) const { return fonts.at(static_cast<std::size_t>(which)); }

    HPDF_Font load_font(const char* file_name) {
        const fs::path path = fs::path(SECUREBASE_FONT_DIR) / file_name;
        std::error_code ignored;
        if (!fs::is_regular_file(path, ignored)) {
            throw InternalError("The font " + path.string() +
                                " is missing; SecureBase needs the package fonts-dejavu-core");
        }
        const char* name = HPDF_LoadTTFontFromFile(doc, path.c_str(), HPDF_TRUE);
        check("loading a font");
        HPDF_Font loaded = name != nullptr ? HPDF_GetFont(doc, name, "UTF-8") : nullptr;
        check("preparing a font");
        if (loaded == nullptr) {
            throw InternalError("The PDF library could not load the font " + path.string());
        }
        return loaded;
    }
};

namespace {

constexpr float kBezierCircle = 0.5523F;  // control-point distance for a quarter circle

std::size_t next_character(std::string_view text, std::size_t pos) {
    ++pos;
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0U) == 0x80U) {
        ++pos;
    }
    return pos;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end - start));
        if (end == std::string_view::npos) {
            return parts;
        }
        start = end + 1;
    }
}

fs::path folder_of(const fs::path& path) {
    std::error_code ignored;
    fs::path absolute = fs::absolute(path, ignored);
    return (absolute.empty() ? path : absolute).parent_path();
}

[[noreturn]] void throw_write_error(int error, const fs::path& path) {
    const std::string folder = folder_of(path).string();
    if (error == ENOSPC || error == EDQUOT) {
        throw DiskFull("The disk holding the folder " + folder +
                       " is full, so the PDF could not be saved there");
    }
    throw VaultNotWritable("The PDF could not be saved in the folder " + folder + ": " +
                           std::strerror(error));
}

// Writes everything or fails with errno; retries short writes and interruptions.
bool write_all(int fd, const unsigned char* data, std::size_t size) {
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size);
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        data += written;
        size -= static_cast<std::size_t>(written);
    }
    return true;
}

void write_file_atomically(const fs::path& path, const std::vector<unsigned char>& bytes) {
    fs::path partial = path;
    partial += ".partial";
    // 0600: the recovery sheet holds a secret, so no other account on the machine may read it.
    const int fd = ::open(partial.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW,
                          S_IRUSR | S_IWUSR);
    if (fd < 0) {
        throw_write_error(errno, path);
    }
    const auto fail = [&](int error, bool close_first) {
        if (close_first) {
            ::close(fd);
        }
        ::unlink(partial.c_str());
        throw_write_error(error, path);
    };
    if (!write_all(fd, bytes.data(), bytes.size()) || ::fsync(fd) != 0) {
        fail(errno, true);
    }
    if (::close(fd) != 0) {
        fail(errno, false);
    }
    if (::rename(partial.c_str(), path.c_str()) != 0) {
        fail(errno, false);
    }
    // Sync the folder so the rename itself survives a power cut. The file is already in place,
    // so a filesystem that cannot sync a folder is not a reason to report failure.
    const int folder = ::open(folder_of(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
}

// The bytes of a recovery sheet hold the key in plain text; clear them before freeing.
struct WipedBytes {
    std::vector<unsigned char> bytes;
    explicit WipedBytes(std::size_t size) : bytes(size) {}
    WipedBytes(const WipedBytes&) = delete;
    WipedBytes& operator=(const WipedBytes&) = delete;
    ~WipedBytes() {
        volatile unsigned char* data = bytes.data();
        for (std::size_t i = 0; i < bytes.size(); ++i) {
            data[i] = 0;
        }
    }
};

}  // namespace

PdfDocument::PdfDocument() : state_(std::make_unique<State>()) {
    State& state = *state_;
    state.doc = HPDF_New(&State::record_error, &state);
    if (state.doc == nullptr) {
        state.check("starting");
        throw InternalError("The PDF library could not start");
    }
    HPDF_SetCompressionMode(state.doc, HPDF_COMP_ALL);
    state.check("setting compression");
    HPDF_UseUTFEncodings(state.doc);
    HPDF_SetCurrentEncoder(state.doc, "UTF-8");
    state.check("enabling UTF-8");
    state.fonts = {state.load_font("DejaVuSans.ttf"), state.load_font("DejaVuSans-Bold.ttf"),
                   state.load_font("DejaVuSansMono.ttf")};
    HPDF_SetInfoAttr(state.doc, HPDF_INFO_CREATOR, "SecureBase");
    state.check("setting the creator");
}

PdfDocument::~PdfDocument() = default;

void PdfDocument::set_title(std::string_view title) {
    HPDF_SetInfoAttr(state_->doc, HPDF_INFO_TITLE, std::string(title).c_str());
    state_->check("setting the title");
}

PdfPage PdfDocument::add_page() {
    HPDF_Page page = HPDF_AddPage(state_->doc);
    state_->check("adding a page");
    HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
    state_->check("sizing a page");
    state_->pages.push_back(page);
    return PdfPage(*this, state_->pages.size() - 1);
}

void PdfDocument::save(const fs::path& path) {
    State& state = *state_;
    HPDF_SaveToStream(state.doc);
    state.check("laying out the PDF");
    WipedBytes pdf(HPDF_GetStreamSize(state.doc));
    std::vector<unsigned char>& bytes = pdf.bytes;
    HPDF_ResetStream(state.doc);
    state.check("reading the PDF");
    std::size_t filled = 0;
    while (filled < bytes.size()) {
        auto chunk = static_cast<HPDF_UINT32>(bytes.size() - filled);
        const HPDF_STATUS status = HPDF_ReadFromStream(state.doc, bytes.data() + filled, &chunk);
        filled += chunk;
        if (status != HPDF_OK || chunk == 0) {
            break;
        }
    }
    if (state.error_no == HPDF_STREAM_EOF) {  // reaching the end is reported as an error
        state.error_no = HPDF_OK;
        HPDF_ResetError(state.doc);
    }
    state.check("reading the PDF");
    if (filled != bytes.size()) {
        throw InternalError("The PDF library returned a truncated document");
    }
    write_file_atomically(path, bytes);
}

float PdfPage::width() const {
    return HPDF_Page_GetWidth(document_->state_->pages[index_]);
}

float PdfPage::height() const {
    return HPDF_Page_GetHeight(document_->state_->pages[index_]);
}

float PdfPage::text_width(Font font, float size, std::string_view text) const {
    auto& state = *document_->state_;
    const HPDF_TextWidth measured =
        HPDF_Font_TextWidth(state.font(font), reinterpret_cast<const HPDF_BYTE*>(text.data()),
                            static_cast<HPDF_UINT>(text.size()));
    state.check("measuring text");
    return static_cast<float>(measured.width) * size / 1000.0F;
}

std::vector<std::string> PdfPage::wrap(Font font, float size, std::string_view text,
                                       float max_width) const {
    std::vector<std::string> lines;
    const auto fits = [&](std::string_view candidate) {
        return text_width(font, size, candidate) <= max_width;
    };
    for (const std::string_view hard_line : split(text, '\n')) {
        std::string current;
        for (std::string_view word : split(hard_line, ' ')) {
            if (word.empty()) {
                continue;
            }
            if (!current.empty()) {
                const std::string candidate = current + ' ' + std::string(word);
                if (fits(candidate)) {
                    current = candidate;
                    continue;
                }
                lines.push_back(std::move(current));
                current.clear();
            }
            // A word wider than a whole line is broken between characters; each line takes at
            // least one character so the loop always moves on.
            while (!fits(word)) {
                std::size_t end = next_character(word, 0);
                for (std::size_t next = next_character(word, end);
                     end < word.size() && fits(word.substr(0, next));
                     next = next_character(word, next)) {
                    end = next;
                }
                lines.emplace_back(word.substr(0, end));
                word.remove_prefix(end);
                if (word.empty()) {
                    break;
                }
            }
            current = std::string(word);
        }
        if (!current.empty() || lines.empty() || hard_line.empty()) {
            lines.push_back(std::move(current));
        }
    }
    return lines;
}

void PdfPage::text(float x, float baseline, Font font, float size, std::string_view text,
                   Colour colour) {
    auto& state = *document_->state_;
    HPDF_Page page = state.pages[index_];
    HPDF_Page_SetRGBFill(page, colour.red, colour.green, colour.blue);
    HPDF_Page_BeginText(page);
    HPDF_Page_SetFontAndSize(page, state.font(font), size);
    HPDF_Page_TextOut(page, x, baseline, std::string(text).c_str());
    HPDF_Page_EndText(page);
    state.check("drawing text", page);
}

float PdfPage::paragraph(float x, float baseline, float max_width, Font font, float size,
                         float leading, std::string_view text, Colour colour) {
    for (const std::string& line : wrap(font, size, text, max_width)) {
        this->text(x, baseline, font, size, line, colour);
        baseline -= leading;
    }
    return baseline;
}

void PdfPage::line(float x1, float y1, float x2, float y2, float thickness, Colour colour) {
    auto& state = *document_->state_;
    HPDF_Page page = state.pages[index_];
    HPDF_Page_SetRGBStroke(page, colour.red, colour.green, colour.blue);
    HPDF_Page_SetLineWidth(page, thickness);
    HPDF_Page_MoveTo(page, x1, y1);
    HPDF_Page_LineTo(page, x2, y2);
    HPDF_Page_Stroke(page);
    state.check("drawing a line", page);
}

void PdfPage::rounded_box(float x, float y, float box_width, float box_height, float radius,
                          Colour fill, Colour outline) {
    auto& state = *document_->state_;
    HPDF_Page page = state.pages[index_];
    const float r = radius;
    const float k = radius * kBezierCircle;
    const float right = x + box_width;
    const float top = y + box_height;
    HPDF_Page_SetRGBFill(page, fill.red, fill.green, fill.blue);
    HPDF_Page_SetRGBStroke(page, outline.red, outline.green, outline.blue);
    HPDF_Page_SetLineWidth(page, 0.75F);
    HPDF_Page_MoveTo(page, x + r, y);
    HPDF_Page_LineTo(page, right - r, y);
    HPDF_Page_CurveTo(page, right - r + k, y, right, y + r - k, right, y + r);
    HPDF_Page_LineTo(page, right, top - r);
    HPDF_Page_CurveTo(page, right, top - r + k, right - r + k, top, right - r, top);
    HPDF_Page_LineTo(page, x + r, top);
    HPDF_Page_CurveTo(page, x + r - k, top, x, top - r + k, x, top - r);
    HPDF_Page_LineTo(page, x, y + r);
    HPDF_Page_CurveTo(page, x, y + r - k, x + r - k, y, x + r, y);
    HPDF_Page_ClosePathFillStroke(page);
    state.check("drawing a box", page);
}

}  // namespace sb::reports
