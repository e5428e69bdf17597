#pragma once
// Gives every SecureBase dialog the same padding, headings, error line and button order, so the
// dialogs look like one family (the Poedit habit of one dialog base).
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <functional>

namespace sb::app {

// Wraps `content` in the standard border and puts `buttons` (may be null) below it, then fits
// the dialog and centres it on its parent.
void lay_out_dialog(wxDialog& dialog, wxSizer* content, wxSizer* buttons);

// A bold heading, `scale` times the normal font size.
wxStaticText* make_heading(wxWindow* parent, const wxString& text, double scale = 1.3);
// A paragraph of explanation, wrapped at `wrap_dip` device-independent pixels.
wxStaticText* make_paragraph(wxWindow* parent, const wxString& text, int wrap_dip = 520);
// The label of `field`, put just before it in Tab order. wxGTK hands a label's mnemonic (the
// letter after &) to the next window after it in Tab order that can take the focus, and names
// that window as the one the label is for, so a label made after its field either does nothing
// on Alt+letter or moves the focus somewhere else.
wxStaticText* make_field_label(wxWindow* parent, const wxString& text, wxWindow* field);
// A one-sentence error line in red, empty until set_error_line() gives it text.
wxStaticText* make_error_line(wxWindow* parent, const wxString& name);
void set_error_line(wxStaticText* line, const wxString& text);

// Keeps room for `lines` lines of text in a label that is empty until something is said, so
// the layout does not jump, or get clipped inside a fixed-size page, when text appears.
void reserve_lines(wxStaticText* label, int lines);

// Closes the dialog with `code`, whether it runs modally or under a test's ScriptedDialogRunner
// (which never calls ShowModal), so the caller can read GetReturnCode() either way.
void end_dialog(wxDialog& dialog, int code);

// Makes the dialog's OK button run `save`; the dialog closes with wxID_OK only if it returns
// true, so a refusal keeps it open with everything typed still in it.
void close_when_saved(wxDialog& dialog, std::function<bool()> save);

// Runs `action`; a typed error becomes its sentence in `error_line` (and the dialog grows to
// show it) and the result is false.
bool run_showing_error(wxDialog& dialog, wxStaticText* error_line,
                       const std::function<void()>& action);

}  // namespace sb::app
