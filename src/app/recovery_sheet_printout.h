#pragma once
// Prints the recovery key sheet: the same text as the PDF (reports::recovery_sheet_text), drawn
// on one page. The printout is built only when the counsellor asks to print.
#include <wx/print.h>

#include "reports/recovery_sheet_pdf.h"

namespace sb::app {

class RecoverySheetPrintout : public wxPrintout {
public:
    explicit RecoverySheetPrintout(const reports::RecoverySheet& sheet);

    bool HasPage(int page) override { return page == 1; }
    void GetPageInfo(int* min_page, int* max_page, int* from, int* to) override;
    bool OnPrintPage(int page) override;

private:
    reports::RecoverySheetText text_;
};

// Shows the print dialog and prints the sheet; returns false if it was cancelled or failed.
bool print_recovery_sheet(wxWindow* parent, const reports::RecoverySheet& sheet);

}  // namespace sb::app
