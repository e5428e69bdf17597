#include "app/passphrase_entry.h"

#include <wx/settings.h>
#include <wx/sizer.h>

#include "app/dialog_layout.h"
#include "app/text_convert.h"
#include "core/passphrase_policy.h"

namespace sb::app {

namespace {

constexpr int kMeterRange = 100;

// How full the meter is for each strength: a weak passphrase shows a sliver, not nothing, so
// the meter visibly reacts to typing.
int meter_value(PassphraseStrength strength) {
    switch (strength) {
        case PassphraseStrength::TooWeak: return 8;
        case PassphraseStrength::Weak: return 30;
        case PassphraseStrength::Fair: return 55;
        case PassphraseStrength::Strong: return 80;
        case PassphraseStrength::VeryStrong: return 100;
    }
    return 0;
}

wxString strength_word(PassphraseStrength strength) {
    switch (strength) {
        case PassphraseStrength::TooWeak: return _("Too weak");
        case PassphraseStrength::Weak: return _("Weak");
        case PassphraseStrength::Fair: return _("Fair");
        case PassphraseStrength::Strong: return _("Strong");
        case PassphraseStrength::VeryStrong: return _("Very strong");
    }
    return {};
}

}  // namespace

PassphraseEntry::PassphraseEntry(wxWindow* parent, const wxString& new_label)
    : wxPanel(parent, wxID_ANY) {
    passphrase_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition,
                                 FromDIP(wxSize(320, -1)), wxTE_PASSWORD);
    passphrase_->SetName("passphrase-new");
    confirm_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition,
                              FromDIP(wxSize(320, -1)), wxTE_PASSWORD);
    confirm_->SetName("passphrase-confirm");
    meter_ = new wxGauge(this, wxID_ANY, kMeterRange);
    meter_->SetName("passphrase-meter");
    strength_ = new wxStaticText(this, wxID_ANY, wxString());
    strength_->SetName("passphrase-strength");
    match_ = new wxStaticText(this, wxID_ANY, wxString());
    match_->SetName("passphrase-match");
    auto* minimum = new wxStaticText(
        this, wxID_ANY, _("At least 12 characters; several unrelated words work well."));
    minimum->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

    // Space for two lines of advice and one of matching, so the layout does not jump (or get
    // clipped in a fixed-size page) when they appear.
    reserve_lines(strength_, 2);
    reserve_lines(match_, 1);

    auto* grid = grid_ = new wxFlexGridSizer(2, wxSize(FromDIP(12), FromDIP(8)));
    grid->AddGrowableCol(1);
    const auto label = wxSizerFlags().CentreVertical();
    const auto field = wxSizerFlags().Expand();
    grid->Add(make_field_label(this, new_label, passphrase_), label);
    grid->Add(passphrase_, field);
    grid->AddSpacer(0);
    grid->Add(minimum, field);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Strength:")), label);
    grid->Add(meter_, field);
    grid->AddSpacer(0);
    grid->Add(strength_, field);
    grid->Add(make_field_label(this, _("Con&firm passphrase:"), confirm_), label);
    grid->Add(confirm_, field);
    grid->AddSpacer(0);
    grid->Add(match_, field);
    SetSizer(grid);

    passphrase_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { assess(); });
    confirm_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { assess(); });
    assess();
}

void PassphraseEntry::assess() {
    std::string typed = to_utf8(passphrase_->GetValue());
    const PassphraseAssessment assessment = assess_passphrase(typed);
    wipe(typed);

    acceptable_ = assessment.acceptable;
    matches_ = passphrase_->GetValue() == confirm_->GetValue();
    if (passphrase_->IsEmpty()) {
        meter_->SetValue(0);
        strength_->SetLabelText(wxString());
    } else {
        meter_->SetValue(meter_value(assessment.strength));
        wxString label = strength_word(assessment.strength);
        if (!assessment.reason.empty()) {
            // TRANSLATORS: the strength word, then the reason or a hint, e.g. "Weak: add a word."
            label =
                wxString::Format(_("%s: %s"), label, wxGetTranslation(to_wx(assessment.reason)));
        }
        strength_->SetLabelText(label);
    }
    if (confirm_->IsEmpty()) {
        match_->SetLabelText(wxString());
    } else if (matches_) {
        match_->SetLabelText(_("The two passphrases match."));
    } else {
        match_->SetLabelText(_("The two passphrases do not match yet."));
    }
    strength_->Wrap(text_width());
    Layout();
    if (on_change_) {
        on_change_();
    }
}

int PassphraseEntry::text_width() const {
    return FromDIP(320);
}

wxTextCtrl* PassphraseEntry::prepend_field(const wxString& label, const wxString& name,
                                           long style) {
    auto* field =
        new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, style);
    field->SetName(name);
    // First in Tab order, ahead of the new passphrase's label too, which would otherwise hand
    // its mnemonic to this field instead of its own.
    field->MoveBeforeInTabOrder(GetChildren().GetFirst()->GetData());
    auto* text = make_field_label(this, label, field);
    grid_->Insert(0, text, wxSizerFlags().CentreVertical());
    grid_->Insert(1, field, wxSizerFlags().Expand());
    // A little extra space between this field and the new passphrase.
    grid_->Insert(2, 0, FromDIP(4));
    grid_->Insert(3, 0, FromDIP(4));
    Layout();
    return field;
}

crypto::SecureBuffer PassphraseEntry::take_passphrase() {
    crypto::SecureBuffer passphrase = take_secret(*passphrase_);
    confirm_->ChangeValue(wxString());
    assess();
    return passphrase;
}

}  // namespace sb::app
