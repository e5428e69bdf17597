#include "app/recovery_sheet_printout.h"

#include <wx/dc.h>
#include <wx/intl.h>

#include "app/text_convert.h"

namespace sb::app {

namespace {

// Draws `lines` as wrapped paragraphs from `y` within `width`; returns the y below them.
wxCoord draw_paragraphs(wxDC& dc, const std::vector<std::string>& lines, wxCoord x, wxCoord y,
                        wxCoord width) {
    const wxCoord line_height = dc.GetCharHeight();
    for (const std::string& paragraph : lines) {
        wxString rest = to_wx(paragraph);
        while (!rest.empty()) {
            // Take as many words as fit on one line.
            wxString line;
            while (!rest.empty()) {
                const wxString word = rest.BeforeFirst(' ');
                const wxString candidate = line.empty() ? word : line + " " + word;
                if (!line.empty() && dc.GetTextExtent(candidate).x > width) {
                    break;
                }
                line = candidate;
                rest = rest.Contains(" ") ? rest.AfterFirst(' ') : wxString();
            }
            dc.DrawText(line, x, y);
            y += line_height;
        }
        y += line_height / 2;
    }
    return y;
}

}  // namespace

RecoverySheetPrintout::RecoverySheetPrintout(const reports::RecoverySheet& sheet)
    : wxPrintout(_("SecureBase recovery key")), text_(reports::recovery_sheet_text(sheet)) {}

void RecoverySheetPrintout::GetPageInfo(int* min_page, int* max_page, int* from, int* to) {
    *min_page = *max_page = *from = *to = 1;
}

bool RecoverySheetPrintout::OnPrintPage(int) {
    wxDC* dc = GetDC();
    if (dc == nullptr) {
        return false;
    }
    // Lay the page out in screen pixels, so point sizes look on paper as they do on screen.
    const wxPageSetupDialogData margins;
    MapScreenSizeToPageMargins(margins);
    const wxRect page = GetLogicalPageMarginsRect(margins);
    const wxCoord x = page.x;
    const wxCoord width = page.width;
    wxCoord y = page.y;

    wxFont body(wxFontInfo(11).Family(wxFONTFAMILY_SWISS));
    wxFont title = body.Scaled(1.6f).Bold();
    wxFont key(wxFontInfo(20).Family(wxFONTFAMILY_TELETYPE).Bold());

    dc->SetTextForeground(*wxBLACK);
    dc->SetFont(title);
    dc->DrawText(to_wx(text_.title), x, y);
    y += dc->GetCharHeight() * 2;

    dc->SetFont(body);
    y = draw_paragraphs(*dc, text_.intro, x, y, width);

    dc->SetFont(key);
    wxString groups;
    for (const std::string& group : text_.key_groups) {
        groups += (groups.empty() ? "" : "  ") + to_wx(group);
    }
    y += dc->GetCharHeight() / 2;
    dc->DrawText(groups, x, y);
    y += dc->GetCharHeight() * 2;

    dc->SetFont(body);
    y = draw_paragraphs(*dc, text_.details, x, y, width);
    draw_paragraphs(*dc, text_.guidance, x, y + dc->GetCharHeight(), width);
    return true;
}

bool print_recovery_sheet(wxWindow* parent, const reports::RecoverySheet& sheet) {
    wxPrinter printer;
    RecoverySheetPrintout printout(sheet);
    return printer.Print(parent, &printout, true);
}

}  // namespace sb::app
