#include "app/client_list_panel.h"

#include <wx/intl.h>
#include <wx/settings.h>
#include <wx/sizer.h>

#include <algorithm>

#include "app/client_details_panel.h"
#include "storage/client_repository.h"

namespace sb::app {

namespace {
enum Column { kName, kCode, kStatus, kIntake };
}

// The list asks for a row's text only when it draws it, so 5,000 clients cost nothing until
// scrolled to.
class ClientListView final : public wxListCtrl {
public:
    ClientListView(wxWindow* parent, const std::vector<ClientSummary>& rows)
        : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                     wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL, wxDefaultValidator,
                     "client-list"),
          rows_(rows) {
        // Columns other than the name are as wide as their widest possible text, measured in
        // the font and language in use.
        const auto fit = [this](std::initializer_list<wxString> texts) {
            int widest = 0;
            for (const wxString& text : texts) {
                widest = std::max(widest, GetTextExtent(text).x);
            }
            return widest + FromDIP(14);
        };
        AppendColumn(_("Name"));
        AppendColumn(_("Client code"), wxLIST_FORMAT_LEFT, fit({_("Client code"), "WWW-WWW"}));
        AppendColumn(_("Status"), wxLIST_FORMAT_LEFT,
                     fit({_("Status"), client_status_label(ClientStatus::Active),
                          client_status_label(ClientStatus::Paused),
                          client_status_label(ClientStatus::Discharged)}));
        AppendColumn(_("Intake"), wxLIST_FORMAT_LEFT, fit({_("Intake"), "0000-00-00"}));
        discharged_.SetTextColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        // The name takes whatever width the other columns leave.
        Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
            event.Skip();
            int others = 0;
            for (int column = kCode; column <= kIntake; ++column) {
                others += GetColumnWidth(column);
            }
            SetColumnWidth(kName, std::max(FromDIP(120), GetClientSize().x - others));
        });
    }

private:
    wxString OnGetItemText(long item, long column) const override {
        if (item < 0 || static_cast<std::size_t>(item) >= rows_.size()) {
            return {};
        }
        const ClientSummary& row = rows_[static_cast<std::size_t>(item)];
        switch (column) {
            case kName: return client_display_name(row);
            case kCode: return to_wx(row.code);
            case kStatus: return client_status_label(row.status);
            case kIntake: return to_wx(row.intake_date);
        }
        return {};
    }

    wxItemAttr* OnGetItemAttr(long item) const override {
        if (item >= 0 && static_cast<std::size_t>(item) < rows_.size() &&
            rows_[static_cast<std::size_t>(item)].status == ClientStatus::Discharged) {
            return &discharged_;
        }
        return nullptr;
    }

    const std::vector<ClientSummary>& rows_;
    mutable wxItemAttr discharged_;
};

ClientListPanel::ClientListPanel(wxWindow* parent, storage::ClientRepository& clients)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL,
              "client-list-panel"),
      clients_(clients) {
    search_ = new wxSearchCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, 0,
                               wxDefaultValidator, "client-search");
    search_->SetDescriptiveText(_("Search name or client code"));
    search_->ShowCancelButton(true);

    active_ = new wxCheckBox(this, wxID_ANY, _("Active"), wxDefaultPosition, wxDefaultSize, 0,
                             wxDefaultValidator, "filter-active");
    paused_ = new wxCheckBox(this, wxID_ANY, _("Paused"), wxDefaultPosition, wxDefaultSize, 0,
                             wxDefaultValidator, "filter-paused");
    discharged_ = new wxCheckBox(this, wxID_ANY, _("Discharged"), wxDefaultPosition, wxDefaultSize,
                                 0, wxDefaultValidator, "filter-discharged");
    const ClientFilter defaults;
    active_->SetValue(defaults.active);
    paused_->SetValue(defaults.paused);
    discharged_->SetValue(defaults.discharged);

    list_ = new ClientListView(this, rows_);
    count_ = new wxStaticText(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                              wxST_NO_AUTORESIZE | wxST_ELLIPSIZE_END, "client-count");

    auto* filters = new wxBoxSizer(wxHORIZONTAL);
    filters->Add(active_, wxSizerFlags().CenterVertical());
    filters->Add(paused_, wxSizerFlags().CenterVertical().Border(wxLEFT, FromDIP(12)));
    filters->Add(discharged_, wxSizerFlags().CenterVertical().Border(wxLEFT, FromDIP(12)));

    const int border = FromDIP(8);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(search_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(filters, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(list_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(count_, wxSizerFlags().Expand().Border(wxALL, border));
    SetSizer(sizer);

    // Storage folds case and accents and answers in milliseconds at 5,000 clients, so every
    // keystroke asks it directly; no debounce needed.
    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { refresh(); });
    search_->Bind(wxEVT_SEARCH, [this](wxCommandEvent&) { activate_selection(); });
    search_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() != WXK_DOWN || rows_.empty()) {
            event.Skip();
            return;
        }
        if (!selected_) {
            select_row(0);
            sync_selection();
        }
        list_->SetFocus();
    });
    for (wxCheckBox* box : {active_, paused_, discharged_}) {
        box->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { refresh(); });
    }
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { sync_selection(); });
    list_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { sync_selection(); });
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { activate_selection(); });

    refresh();
}

ClientFilter ClientListPanel::current_filter() const {
    ClientFilter filter;
    filter.search = to_utf8(search_->GetValue());
    filter.active = active_->GetValue();
    filter.paused = paused_->GetValue();
    filter.discharged = discharged_->GetValue();
    return filter;
}

void ClientListPanel::refresh() {
    const std::optional<ClientId> before = selected_;
    query();
    if (selected_ != before && on_selection_changed) {
        on_selection_changed(selected_);
    }
}

void ClientListPanel::query() {
    refreshing_ = true;
    // Clear the old row's selection first: after the rows change, its index is someone else's.
    const long old_row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (old_row >= 0) {
        list_->SetItemState(old_row, 0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    }
    const ClientFilter filter = current_filter();
    if (filter.active || filter.paused || filter.discharged) {
        rows_ = clients_.list(filter);
    } else {
        rows_.clear();
    }
    list_->SetItemCount(static_cast<long>(rows_.size()));
    const auto kept = std::find_if(rows_.begin(), rows_.end(), [this](const ClientSummary& row) {
        return row.id == selected_;
    });
    if (kept != rows_.end()) {
        select_row(kept - rows_.begin());
    } else {
        selected_.reset();
    }
    list_->Refresh();
    refreshing_ = false;
    update_count();
}

void ClientListPanel::reveal(ClientId id, ClientStatus status) {
    const std::optional<ClientId> before = selected_;
    selected_ = id;
    query();
    if (!selected_) {
        // Hidden by the search or the filters: widen just enough to show them.
        // ChangeValue, not SetValue: no EVT_TEXT, so the list is asked only once more.
        search_->ChangeValue(wxEmptyString);
        wxCheckBox* box = status == ClientStatus::Active   ? active_
                          : status == ClientStatus::Paused ? paused_
                                                           : discharged_;
        box->SetValue(true);
        selected_ = id;
        query();
    }
    if (selected_ != before && on_selection_changed) {
        on_selection_changed(selected_);
    }
}

void ClientListPanel::focus_search() {
    search_->SetFocus();
    search_->SelectAll();
}

void ClientListPanel::update_count() {
    const ClientFilter filter = current_filter();
    const int n = static_cast<int>(rows_.size());
    wxString text;
    if (n > 0) {
        text = wxString::Format(wxPLURAL("%d client", "%d clients", n), n);
    } else if (!filter.active && !filter.paused && !filter.discharged) {
        text = _("Tick a status above to see clients.");
    } else if (!filter.search.empty()) {
        // TRANSLATORS: %s is what the counsellor typed in the search box.
        text = wxString::Format(_(L"No clients match “%s”."), search_->GetValue());
    } else if (clients_.count() == 0) {
        text = _("No clients yet.");
    } else {
        text = _("No clients with these statuses.");
    }
    count_->SetLabelText(text);
}

void ClientListPanel::select_row(long row) {
    list_->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                        wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    list_->EnsureVisible(row);
}

void ClientListPanel::sync_selection() {
    if (refreshing_) {
        return;
    }
    const long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    std::optional<ClientId> now;
    if (row >= 0 && static_cast<std::size_t>(row) < rows_.size()) {
        now = rows_[static_cast<std::size_t>(row)].id;
    }
    if (now != selected_) {
        selected_ = now;
        if (on_selection_changed) {
            on_selection_changed(selected_);
        }
    }
}

void ClientListPanel::activate_selection() {
    if (!selected_ && !rows_.empty()) {
        select_row(0);
        sync_selection();
    }
    if (selected_ && on_activated) {
        on_activated(*selected_);
    }
}

}  // namespace sb::app
