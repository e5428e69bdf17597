#pragma once
// The selected client's record, read-only: every field, the status as a coloured tag, the
// partner as a link to their own record, and the actions a counsellor takes on a record.
// Also home to how a client's facts read on screen, so the list, the details and the dialogs
// word them the same way.
#include <wx/button.h>
#include <wx/hyperlink.h>
#include <wx/panel.h>
#include <wx/scrolwin.h>
#include <wx/stattext.h>
#include <wx/string.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/client_wording.h"
#include "app/text_convert.h"
#include "core/client.h"
#include "core/client_summary.h"

namespace sb::storage {
class ClientRepository;
}

namespace sb::app {

// What the panel asks its owner to do; the owner runs the dialogs.
struct ClientDetailsActions {
    std::function<void()> edit;
    std::function<void()> discharge;
    std::function<void()> reopen;
    std::function<void()> erase;
    std::function<void(ClientId)> show_partner;
};

class ClientDetailsPanel : public wxScrolledWindow {
public:
    ClientDetailsPanel(wxWindow* parent, storage::ClientRepository& clients,
                       ClientDetailsActions actions);

    // Opens the record (audited as "opened record") and shows it. Throws what storage throws.
    void open_client(ClientId id);
    // Shows a record the app has just saved; reading it back again would audit a second open.
    void show_client(const Client& client);

    // Puts the keyboard on the record's first action (Edit…), as Enter on a list row asks.
    void focus_actions();

    std::optional<ClientId> client_id() const;
    const Client* client() const { return client_ ? &*client_ : nullptr; }

private:
    enum class Column { Left, Right, Full };
    struct ValueRow {
        std::string key;  // a client_text_fields() key, or empty for the rows built here
        wxStaticText* value = nullptr;
        Column column = Column::Left;
        wxString text;  // unwrapped, so a resize can wrap it afresh
    };

    void build();
    wxSizer* build_header();
    wxSizer* build_section(const wxString& heading, const std::vector<std::string_view>& keys,
                           Column column);
    wxStaticText* add_row(wxSizer* sizer, const wxString& label, const std::string& key,
                          Column column);
    void set_value(wxStaticText* value, const wxString& text);
    void update_status_tag();
    void rewrap();
    void align_captions();

    storage::ClientRepository& clients_;
    ClientDetailsActions actions_;
    std::optional<Client> client_;

    wxStaticText* name_ = nullptr;
    wxStaticText* code_ = nullptr;
    wxPanel* status_tag_ = nullptr;
    wxStaticText* status_text_ = nullptr;
    wxButton* edit_ = nullptr;
    wxButton* discharge_ = nullptr;
    wxButton* reopen_ = nullptr;
    wxStaticText* relationship_ = nullptr;
    wxStaticText* no_partner_ = nullptr;
    wxHyperlinkCtrl* partner_link_ = nullptr;
    wxStaticText* status_value_ = nullptr;
    std::vector<ValueRow> rows_;
    // Every caption, with its column, so all sections of a column line their values up.
    std::vector<std::pair<wxStaticText*, Column>> captions_;
};

}  // namespace sb::app
