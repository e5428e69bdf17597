#include "app/client_details_panel.h"

#include <wx/font.h>
#include <wx/intl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statline.h>

#include <algorithm>
#include <set>

#include "core/errors.h"
#include "storage/client_repository.h"

namespace sb::app {

namespace {

// Sections of the record, in the editor's order; keys are client_text_fields() keys.
const std::vector<std::string_view> kIdentityKeys = {"legal_name", "preferred_name", "pronouns",
                                                     "date_of_birth"};
const std::vector<std::string_view> kContactKeys = {"phone", "email", "address"};
const std::vector<std::string_view> kEmergencyKeys = {
    "emergency_contact_name", "emergency_contact_phone", "emergency_contact_relationship"};
const std::vector<std::string_view> kReferralKeys = {"referral_source", "presenting_concerns"};
const std::vector<std::string_view> kCareKeys = {"intake_date", "discharge_date"};
const std::vector<std::string_view> kNotesKeys = {"notes"};
// Shown in the header rather than as a row.
const std::vector<std::string_view> kHeaderKeys = {"code"};

struct TagColours {
    wxColour background;
    wxColour text;
};

// Soft tag colours with dark text, readable on light and dark themes alike.
TagColours tag_colours(ClientStatus status) {
    switch (status) {
        case ClientStatus::Active: return {wxColour(0xD4, 0xED, 0xDA), wxColour(0x14, 0x53, 0x2D)};
        case ClientStatus::Paused: return {wxColour(0xFF, 0xF0, 0xC2), wxColour(0x6B, 0x4E, 0x00)};
        case ClientStatus::Discharged: break;
    }
    return {wxColour(0xE2, 0xE3, 0xE5), wxColour(0x38, 0x3D, 0x41)};
}

}  // namespace

ClientDetailsPanel::ClientDetailsPanel(wxWindow* parent, storage::ClientRepository& clients,
                                       ClientDetailsActions actions)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL,
                       "client-details"),
      clients_(clients),
      actions_(std::move(actions)) {
    SetScrollRate(0, FromDIP(12));
    build();
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] { rewrap(); });
    });
}

void ClientDetailsPanel::build() {
    const int gap = FromDIP(24);
    auto* columns = new wxBoxSizer(wxHORIZONTAL);
    auto* left = new wxBoxSizer(wxVERTICAL);
    auto* right = new wxBoxSizer(wxVERTICAL);
    left->Add(build_section(_("Identity"), kIdentityKeys, Column::Left), wxSizerFlags().Expand());
    left->Add(build_section(_("Contact"), kContactKeys, Column::Left),
              wxSizerFlags().Expand().Border(wxTOP, gap));
    left->Add(build_section(_("Emergency contact"), kEmergencyKeys, Column::Left),
              wxSizerFlags().Expand().Border(wxTOP, gap));

    wxSizer* relationship = build_section(_("Relationship"), {}, Column::Right);
    auto* relationship_grid = static_cast<wxFlexGridSizer*>(relationship->GetItem(1)->GetSizer());
    relationship_ = add_row(relationship_grid, _("Status"), {}, Column::Right);
    auto* partner_caption = new wxStaticText(this, wxID_ANY, _("Partner"));
    partner_caption->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    relationship_grid->Add(partner_caption, wxSizerFlags().CenterVertical());
    captions_.emplace_back(partner_caption, Column::Right);
    auto* partner = new wxBoxSizer(wxHORIZONTAL);
    no_partner_ = new wxStaticText(this, wxID_ANY, _("No partner linked"));
    no_partner_->SetName("detail-partner-none");
    // The URL is never opened: the click selects the partner's own record instead.
    partner_link_ =
        new wxHyperlinkCtrl(this, wxID_ANY, " ", "securebase:partner", wxDefaultPosition,
                            wxDefaultSize, wxHL_ALIGN_LEFT | wxBORDER_NONE, "detail-partner");
    partner_link_->SetToolTip(_("Show the partner's record"));
    partner_link_->Bind(wxEVT_HYPERLINK, [this](wxHyperlinkEvent&) {
        if (client_ && client_->partner_id && actions_.show_partner) {
            actions_.show_partner(*client_->partner_id);
        }
    });
    partner->Add(no_partner_, wxSizerFlags().CenterVertical());
    partner->Add(partner_link_, wxSizerFlags().CenterVertical());
    relationship_grid->Add(partner, wxSizerFlags().Expand());

    wxSizer* care = build_section(_("Care"), {}, Column::Right);
    auto* care_grid = static_cast<wxFlexGridSizer*>(care->GetItem(1)->GetSizer());
    status_value_ = add_row(care_grid, _("Status"), {}, Column::Right);
    for (const auto& field : client_text_fields()) {
        if (std::find(kCareKeys.begin(), kCareKeys.end(), field.key) != kCareKeys.end()) {
            add_row(care_grid, client_field_caption(field), std::string(field.key), Column::Right);
        }
    }
    right->Add(relationship, wxSizerFlags().Expand());
    right->Add(care, wxSizerFlags().Expand().Border(wxTOP, gap));

    columns->Add(left, wxSizerFlags(1).Expand());
    columns->AddSpacer(gap);
    columns->Add(right, wxSizerFlags(1).Expand());

    auto* page = new wxBoxSizer(wxVERTICAL);
    page->Add(build_header(), wxSizerFlags().Expand());
    page->Add(new wxStaticLine(this), wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, gap / 2));
    page->Add(columns, wxSizerFlags().Expand());
    // Concerns and notes are paragraphs, not facts: they get the full width to read well.
    page->Add(build_section(_("Referral and concerns"), kReferralKeys, Column::Full),
              wxSizerFlags().Expand().Border(wxTOP, gap));
    page->Add(build_section(_("Notes"), kNotesKeys, Column::Full),
              wxSizerFlags().Expand().Border(wxTOP, gap));

    // Any field core adds later still shows, under a heading of its own, until it gets a place.
    std::set<std::string_view> placed;
    for (const auto* keys : {&kIdentityKeys, &kContactKeys, &kEmergencyKeys, &kReferralKeys,
                             &kCareKeys, &kNotesKeys, &kHeaderKeys}) {
        placed.insert(keys->begin(), keys->end());
    }
    std::vector<std::string_view> others;
    for (const auto& field : client_text_fields()) {
        if (!placed.count(field.key)) {
            others.push_back(field.key);
        }
    }
    if (!others.empty()) {
        page->Add(build_section(_("Other details"), others, Column::Full),
                  wxSizerFlags().Expand().Border(wxTOP, gap));
    }

    align_captions();
    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(page, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(16)));
    SetSizer(outer);
}

void ClientDetailsPanel::align_captions() {
    // Each section is its own grid; without a shared caption width, Contact's values and
    // Emergency contact's values start at different places in the same column.
    for (const Column column : {Column::Left, Column::Right, Column::Full}) {
        int widest = 0;
        for (const auto& [caption, where] : captions_) {
            if (where == column) {
                widest = std::max(widest, caption->GetBestSize().GetWidth());
            }
        }
        for (const auto& [caption, where] : captions_) {
            if (where == column) {
                caption->SetMinSize(wxSize(widest, -1));
            }
        }
    }
}

wxSizer* ClientDetailsPanel::build_header() {
    auto* header = new wxBoxSizer(wxVERTICAL);
    auto* title = new wxBoxSizer(wxHORIZONTAL);
    name_ = new wxStaticText(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                             wxST_NO_AUTORESIZE | wxST_ELLIPSIZE_END, "detail-name");
    name_->SetFont(name_->GetFont().Scaled(1.5f).Bold());
    status_tag_ = new wxPanel(this, wxID_ANY);
    // A coloured label, not a control: Tab must pass it by.
    status_tag_->DisableFocusFromKeyboard();
    status_text_ = new wxStaticText(status_tag_, wxID_ANY, wxEmptyString);
    status_text_->SetName("client-status-tag");
    status_text_->SetFont(status_text_->GetFont().Bold());
    auto* tag_sizer = new wxBoxSizer(wxHORIZONTAL);
    tag_sizer->Add(
        status_text_,
        wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(8)).Border(wxTOP | wxBOTTOM, FromDIP(2)));
    status_tag_->SetSizer(tag_sizer);
    title->Add(name_, wxSizerFlags(1).CenterVertical());

    code_ = new wxStaticText(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, 0,
                             "detail-code");
    code_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    edit_ = new wxButton(this, wxID_ANY, _(L"&Edit…"), wxDefaultPosition, wxDefaultSize, 0,
                         wxDefaultValidator, "client-edit");
    discharge_ = new wxButton(this, wxID_ANY, _(L"&Discharge…"), wxDefaultPosition, wxDefaultSize,
                              0, wxDefaultValidator, "client-discharge");
    reopen_ = new wxButton(this, wxID_ANY, _("&Re-open"), wxDefaultPosition, wxDefaultSize, 0,
                           wxDefaultValidator, "client-reopen");
    auto* erase = new wxButton(this, wxID_ANY, _(L"Erase &permanently…"), wxDefaultPosition,
                               wxDefaultSize, 0, wxDefaultValidator, "client-erase");
    const auto call = [](const std::function<void()>& action) {
        return [&action](wxCommandEvent&) {
            if (action) {
                action();
            }
        };
    };
    edit_->Bind(wxEVT_BUTTON, call(actions_.edit));
    discharge_->Bind(wxEVT_BUTTON, call(actions_.discharge));
    reopen_->Bind(wxEVT_BUTTON, call(actions_.reopen));
    erase->Bind(wxEVT_BUTTON, call(actions_.erase));
    buttons->Add(edit_);
    buttons->Add(discharge_, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    buttons->Add(reopen_, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    buttons->AddStretchSpacer();
    buttons->Add(erase);

    // The tag sits on the line under the name, where a long name cannot push it out of view.
    auto* facts = new wxBoxSizer(wxHORIZONTAL);
    facts->Add(status_tag_, wxSizerFlags().CenterVertical());
    facts->Add(code_, wxSizerFlags().CenterVertical().Border(wxLEFT, FromDIP(10)));
    header->Add(title, wxSizerFlags().Expand());
    header->Add(facts, wxSizerFlags().Border(wxTOP, FromDIP(6)));
    header->Add(buttons, wxSizerFlags().Expand().Border(wxTOP, FromDIP(12)));
    return header;
}

// A bold heading over a two-column grid of label and value; item 1 of the returned sizer is the
// grid, so callers can add rows of their own.
wxSizer* ClientDetailsPanel::build_section(const wxString& heading,
                                           const std::vector<std::string_view>& keys,
                                           Column column) {
    auto* section = new wxBoxSizer(wxVERTICAL);
    auto* title = new wxStaticText(this, wxID_ANY, heading);
    title->SetFont(title->GetFont().Bold());
    section->Add(title, wxSizerFlags().Border(wxBOTTOM, FromDIP(6)));
    auto* grid = new wxFlexGridSizer(2, FromDIP(4), FromDIP(16));
    grid->AddGrowableCol(1, 1);
    section->Add(grid, wxSizerFlags().Expand());
    for (const auto key : keys) {
        const auto& fields = client_text_fields();
        const auto field = std::find_if(fields.begin(), fields.end(),
                                        [key](const ClientField& f) { return f.key == key; });
        if (field == fields.end()) {
            continue;
        }
        // Notes read as one block under their heading; a "Notes" label beside it says nothing.
        if (column == Column::Full && keys.size() == 1) {
            add_row(section, wxString(), std::string(key), column);
        } else {
            add_row(grid, client_field_caption(*field), std::string(key), column);
        }
    }
    return section;
}

wxStaticText* ClientDetailsPanel::add_row(wxSizer* sizer, const wxString& label,
                                          const std::string& key, Column column) {
    // Without a label the value stands alone in `sizer` (a plain box, not a grid).
    if (!label.empty()) {
        auto* caption = new wxStaticText(this, wxID_ANY, label);
        caption->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        sizer->Add(caption, wxSizerFlags().Align(wxALIGN_TOP));
        captions_.emplace_back(caption, column);
    }
    auto* value = new wxStaticText(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                                   0, key.empty() ? "detail-row" : "detail-" + key);
    sizer->Add(value, wxSizerFlags().Expand());
    rows_.push_back({key, value, column, {}});
    return value;
}

void ClientDetailsPanel::set_value(wxStaticText* value, const wxString& text) {
    for (auto& row : rows_) {
        if (row.value == value) {
            row.text = text;
        }
    }
    const bool empty = text.empty();
    // SetLabelText, not SetLabel: an "&" a person typed is text, not a keyboard mnemonic.
    value->SetLabelText(empty ? _(L"—") : text);
    value->SetForegroundColour(empty ? wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT)
                                     : wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
}

void ClientDetailsPanel::open_client(ClientId id) {
    show_client(clients_.open_record(id));
}

void ClientDetailsPanel::show_client(const Client& client) {
    client_ = client;
    name_->SetLabelText(to_wx(display_name(client)));
    code_->SetLabelText(wxString::Format(_("Client code %s"), to_wx(client.code)));
    for (auto& row : rows_) {
        if (const std::string* text = row.key.empty() ? nullptr : text_field(client, row.key)) {
            set_value(row.value, to_wx(*text));
        }
    }
    set_value(relationship_, client.relationship_status == RelationshipStatus::Unspecified
                                 ? wxString()
                                 : relationship_status_label(client.relationship_status));
    set_value(status_value_, client_status_label(client.status));

    std::optional<Client> partner;
    if (client.partner_id) {
        try {
            partner = clients_.get(*client.partner_id);
        } catch (const NotFound&) {
            // A partner erased since: the link is gone with them.
        }
    }
    partner_link_->Show(partner.has_value());
    no_partner_->Show(!partner.has_value());
    if (partner) {
        partner_link_->SetLabel(to_wx(display_name(*partner)));
    }

    const bool discharged = client.status == ClientStatus::Discharged;
    discharge_->Show(!discharged);
    reopen_->Show(discharged);
    update_status_tag();
    Layout();
    rewrap();
    Scroll(0, 0);
}

void ClientDetailsPanel::focus_actions() {
    edit_->SetFocus();
}

std::optional<ClientId> ClientDetailsPanel::client_id() const {
    if (!client_) {
        return std::nullopt;
    }
    return client_->id;
}

void ClientDetailsPanel::update_status_tag() {
    const TagColours colours = tag_colours(client_->status);
    status_tag_->SetBackgroundColour(colours.background);
    status_text_->SetForegroundColour(colours.text);
    status_text_->SetLabelText(client_status_label(client_->status));
    status_tag_->Layout();
    status_tag_->Refresh();
}

// wxStaticText only wraps where told to, and the width it may use depends on the window's, so
// each resize wraps the original text afresh.
void ClientDetailsPanel::rewrap() {
    if (!client_) {
        return;
    }
    const int margin = FromDIP(16);
    const int width = GetClientSize().x;
    const int middle = (width - FromDIP(24)) / 2;
    // First narrow, so that long unwrapped text cannot push the right column over, then to the
    // width each value really has.
    for (auto& row : rows_) {
        if (!row.text.empty()) {
            row.value->SetLabelText(row.text);
            row.value->Wrap(FromDIP(120));
        }
    }
    Layout();
    for (auto& row : rows_) {
        if (row.text.empty()) {
            continue;
        }
        const int right_edge = row.column == Column::Left ? middle : width - margin;
        const int available = std::max(FromDIP(120), right_edge - row.value->GetPosition().x);
        row.value->SetLabelText(row.text);
        row.value->Wrap(available);
    }
    FitInside();
    Layout();
}

}  // namespace sb::app
