// The client workspace as a counsellor sees it: the real panels and dialogs over a real vault,
// with dialogs answered by a ScriptedDialogRunner and every assertion made on what is on screen
// (list rows, the count line, labels), not on internals.
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/frame.h>
#include <wx/hyperlink.h>
#include <wx/listctrl.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "app/app_test_support.h"
#include "app/client_workspace.h"
#include "app/dialog_runner.h"
#include "app/text_convert.h"
#include "crypto/recovery_key.h"
#include "storage/vault.h"

namespace {

using sb::app::ClientWorkspace;
using sb::app::to_utf8;
using sb::app::to_wx;
using sb::app::test::click;
using sb::app::test::fast_vault_options;
using sb::app::test::process_events;
using sb::app::test::TempDir;
using sb::app::test::type_into;

template <typename Window>
Window* find(const wxString& name, const wxWindow* parent) {
    auto* window = dynamic_cast<Window*>(wxWindow::FindWindowByName(name, parent));
    INFO("window named " << name.utf8_string());
    REQUIRE(window != nullptr);
    return window;
}

// Ticks or clears a box and sends the event a click would.
void toggle(wxCheckBox* box, bool on) {
    box->SetValue(on);
    wxCommandEvent event(wxEVT_CHECKBOX, box->GetId());
    box->ProcessWindowEvent(event);
}

// A vault of its own in a temp folder, shown in a frame the size of a laptop screen.
struct Workspace {
    TempDir folder;
    std::unique_ptr<sb::storage::Vault> vault;
    sb::app::ScriptedDialogRunner dialogs;
    wxFrame* frame = nullptr;
    ClientWorkspace* workspace = nullptr;

    Workspace() {
        std::string passphrase_text = "correct horse battery staple";
        vault =
            sb::storage::Vault::create(folder.path() / "vault", {"Test practice", "Sam"},
                                       sb::crypto::secret_from_string(passphrase_text),
                                       sb::crypto::generate_recovery_key(), fast_vault_options());
        frame = new wxFrame(nullptr, wxID_ANY, "Test", wxDefaultPosition, wxSize(1200, 760));
        workspace = new ClientWorkspace(frame, *vault, dialogs);
        frame->Show();
        process_events();
    }
    ~Workspace() {
        frame->Destroy();
        process_events();
    }

    wxListCtrl* list() const { return find<wxListCtrl>("client-list", workspace); }
    wxString count() const { return find<wxStaticText>("client-count", workspace)->GetLabelText(); }
    wxSearchCtrl* search() const { return find<wxSearchCtrl>("client-search", workspace); }
    // As typing does, the search box's own text event follows.
    void search_for(const wxString& text) const { search()->SetValue(text); }
    wxString row(long item, int column = 0) const { return list()->GetItemText(item, column); }
    wxString detail(const std::string& key) const {
        return find<wxStaticText>("detail-" + key, workspace)->GetLabelText();
    }

    // Adds a client the way a counsellor does: New client…, type, Add client.
    void add(const std::string& legal, const std::string& preferred = {}) {
        dialogs.expect_dialog([=](wxDialog& dialog) {
            CHECK(dialog.GetTitle() == "New client");
            CHECK(find<wxButton>("client-editor-ok", &dialog)->GetLabel() == "&Add client");
            type_into(&dialog, "client-legal-name", to_wx(legal));
            type_into(&dialog, "client-preferred-name", to_wx(preferred));
            click(&dialog, "client-editor-ok");
            return dialog.GetReturnCode();
        });
        run(&ClientWorkspace::new_client);
    }

    wxString tag() const {
        return find<wxStaticText>("client-status-tag", workspace)->GetLabelText();
    }
    long row_of(const wxString& name) const {
        const long item = list()->FindItem(-1, name);
        REQUIRE(item != wxNOT_FOUND);
        return item;
    }

    // Runs a workspace action whose dialogs are all scripted, and lets the window settle.
    void run(void (ClientWorkspace::*action)()) {
        (workspace->*action)();
        REQUIRE(dialogs.all_answered());
        process_events();
    }

    void select(long item) {
        list()->SetItemState(item, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
        process_events();
    }
};

}  // namespace

TEST_CASE("Client workspace - from no clients, a new client appears and their record opens",
          "[app][clients]") {
    Workspace w;
    CHECK(w.list()->GetItemCount() == 0);
    CHECK(w.count() == "No clients yet.");
    CHECK_FALSE(w.workspace->has_selection());
    CHECK(find<wxWindow>("client-placeholder", w.workspace)->IsShownOnScreen());
    CHECK(find<wxButton>("placeholder-new-client", w.workspace)->IsShownOnScreen());

    w.add("Ana Díaz", "Ana");

    REQUIRE(w.list()->GetItemCount() == 1);
    CHECK(w.row(0) == to_wx("Ana (Ana Díaz)"));
    CHECK(w.row(0, 2) == "Active");
    CHECK(w.row(0, 3).length() == 10);  // intake defaults to today, yyyy-mm-dd
    CHECK(w.count() == "1 client");
    CHECK(w.workspace->has_selection());
    CHECK(w.detail("legal_name") == to_wx("Ana Díaz"));
    CHECK(w.tag() == "Active");

    w.add("Ben Okafor");
    CHECK(w.count() == "2 clients");
    // The new client is the one selected, and their record is the one shown.
    CHECK(w.detail("legal_name") == "Ben Okafor");
}

TEST_CASE("Client workspace - search folds accents and finds client codes", "[app][clients]") {
    Workspace w;
    w.add("Ana Díaz");
    w.add("Ben Okafor");
    w.add("Chloé Martin");
    REQUIRE(w.count() == "3 clients");

    w.search_for("diaz");
    REQUIRE(w.list()->GetItemCount() == 1);
    CHECK(w.row(0) == to_wx("Ana Díaz"));
    CHECK(w.count() == "1 client");

    w.search_for("CHLOE");
    REQUIRE(w.list()->GetItemCount() == 1);
    CHECK(w.row(0) == to_wx("Chloé Martin"));

    // By client code, typed in lower case.
    w.search_for("");
    REQUIRE(w.list()->GetItemCount() == 3);
    const wxString code = w.row(w.row_of("Ben Okafor"), 1);
    w.search_for(code.Lower());
    REQUIRE(w.list()->GetItemCount() == 1);
    CHECK(w.row(0) == "Ben Okafor");

    w.search_for("xyz");
    CHECK(w.list()->GetItemCount() == 0);
    CHECK(w.count() == to_wx("No clients match “xyz”."));
}

TEST_CASE("Client workspace - the selection follows the client, and Down enters the list",
          "[app][clients]") {
    Workspace w;
    w.add("Ana Díaz");
    w.add("Ben Okafor");
    w.search_for("");
    w.select(w.row_of("Ben Okafor"));
    REQUIRE(w.detail("legal_name") == "Ben Okafor");

    w.search_for("oka");
    REQUIRE(w.list()->GetItemCount() == 1);
    CHECK(w.list()->GetItemState(0, wxLIST_STATE_SELECTED) == wxLIST_STATE_SELECTED);
    CHECK(w.detail("legal_name") == "Ben Okafor");

    // Filtered out: nothing is selected, and the record is no longer on screen.
    w.search_for("diaz");
    CHECK(w.list()->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED) == -1);
    CHECK_FALSE(w.workspace->has_selection());

    // Down in the search box moves into the list, onto its first client.
    wxKeyEvent down(wxEVT_KEY_DOWN);
    down.m_keyCode = WXK_DOWN;
    w.search()->ProcessWindowEvent(down);
    process_events();
    CHECK(w.list()->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED) == 0);
    CHECK(w.detail("legal_name") == to_wx("Ana Díaz"));
}

TEST_CASE("Client workspace - discharged clients leave the list and can be re-opened",
          "[app][clients]") {
    Workspace w;
    w.add("Ana Díaz");
    w.add("Ben Okafor");

    // Discharge Ana through the Discharge dialog: a date it cannot read is refused inside it.
    w.search_for("ana");
    w.select(0);
    wxString today;
    w.dialogs.expect_dialog([&](wxDialog& dialog) {
        today = find<wxTextCtrl>("discharge-date", &dialog)->GetValue();
        type_into(&dialog, "discharge-date", "next tuesday");
        click(&dialog, "discharge-ok");
        CHECK(dialog.GetReturnCode() == 0);
        CHECK(find<wxStaticText>("discharge-problem", &dialog)
                  ->GetLabelText()
                  .StartsWith("Type the discharge date"));
        type_into(&dialog, "discharge-date", today);
        click(&dialog, "discharge-ok");
        return dialog.GetReturnCode();
    });
    w.run(&ClientWorkspace::discharge_selected);
    CHECK(w.count() == to_wx("No clients match “ana”."));
    CHECK(w.detail("discharge_date") == today);
    // Her record stays in view, now discharged, with Re-open instead of Discharge.
    CHECK(w.tag() == "Discharged");
    CHECK(find<wxButton>("client-reopen", w.workspace)->IsShown());
    CHECK_FALSE(find<wxButton>("client-discharge", w.workspace)->IsShown());

    w.search_for("");
    REQUIRE(w.list()->GetItemCount() == 1);
    CHECK(w.row(0) == "Ben Okafor");

    toggle(find<wxCheckBox>("filter-discharged", w.workspace), true);
    REQUIRE(w.list()->GetItemCount() == 2);
    CHECK(w.row(1) == to_wx("Ana Díaz"));
    CHECK(w.row(1, 2) == "Discharged");

    toggle(find<wxCheckBox>("filter-active", w.workspace), false);
    REQUIRE(w.list()->GetItemCount() == 1);
    CHECK(w.row(0) == to_wx("Ana Díaz"));

    // Re-opened, she is active again; Active is ticked again so that she stays in view.
    w.select(0);
    click(w.workspace, "client-reopen");
    process_events();
    CHECK(w.tag() == "Active");
    CHECK(find<wxCheckBox>("filter-active", w.workspace)->GetValue());
    CHECK(w.row(w.row_of(to_wx("Ana Díaz")), 2) == "Active");

    for (const char* status : {"filter-active", "filter-paused", "filter-discharged"}) {
        toggle(find<wxCheckBox>(status, w.workspace), false);
    }
    CHECK(w.list()->GetItemCount() == 0);
    CHECK(w.count() == "Tick a status above to see clients.");
}

TEST_CASE("Client workspace - an empty legal name is refused inside the editor", "[app][clients]") {
    Workspace w;
    SECTION("pressing Add client keeps the dialog open with the sentence in red") {
        w.dialogs.expect_dialog([](wxDialog& dialog) {
            type_into(&dialog, "client-preferred-name", "Ana");
            type_into(&dialog, "client-phone", "+34 600 000 000");
            click(&dialog, "client-editor-ok");
            // Still open: no return code, and the red sentence says what is wrong.
            CHECK(dialog.GetReturnCode() == 0);
            auto* problem = find<wxStaticText>("client-editor-problem", &dialog);
            CHECK(problem->GetLabelText() == "Legal name is required.");
            CHECK(problem->GetForegroundColour() == wxColour(0xc0, 0x1c, 0x28));
            // Everything typed is still there.
            CHECK(find<wxTextCtrl>("client-preferred-name", &dialog)->GetValue() == "Ana");
            CHECK(find<wxTextCtrl>("client-phone", &dialog)->GetValue() == "+34 600 000 000");
            return wxID_CANCEL;
        });
        w.run(&ClientWorkspace::new_client);
    }
    SECTION("a runner that answers OK sees the dialog again, sentence shown, text kept") {
        w.dialogs.expect_dialog([](wxDialog& dialog) {
            type_into(&dialog, "client-preferred-name", "Ana");
            return wxID_OK;
        });
        w.dialogs.expect_dialog([](wxDialog& dialog) {
            CHECK(find<wxStaticText>("client-editor-problem", &dialog)->GetLabelText() ==
                  "Legal name is required.");
            CHECK(find<wxTextCtrl>("client-preferred-name", &dialog)->GetValue() == "Ana");
            type_into(&dialog, "client-legal-name", to_wx("Ana Díaz"));
            return wxID_OK;
        });
        w.run(&ClientWorkspace::new_client);
        CHECK(w.count() == "1 client");
    }
}

TEST_CASE("Client workspace - erasing needs the client code typed", "[app][clients]") {
    Workspace w;
    w.add("Ana Díaz");
    w.add("Ben Okafor");
    w.search_for("ana");
    w.select(0);
    const wxString code = w.row(0, 1);

    w.dialogs.expect_dialog([](wxDialog&) { return wxID_CANCEL; });
    w.workspace->erase_selected();
    CHECK(w.vault->clients().count() == 2);
    CHECK(w.workspace->has_selection());

    w.dialogs.expect_dialog([&](wxDialog& dialog) {
        auto* erase = find<wxButton>("erase-confirm", &dialog);
        CHECK_FALSE(erase->IsEnabled());
        type_into(&dialog, "erase-code", "K");
        CHECK_FALSE(erase->IsEnabled());
        type_into(&dialog, "erase-code", code.Lower() + "x");
        CHECK_FALSE(erase->IsEnabled());
        type_into(&dialog, "erase-code", code.Lower());  // case does not matter
        CHECK(erase->IsEnabled());
        CHECK(erase->GetBackgroundColour() == wxColour(0xc0, 0x1c, 0x28));
        click(&dialog, "erase-confirm");
        return dialog.GetReturnCode();
    });
    w.run(&ClientWorkspace::erase_selected);

    CHECK_FALSE(w.workspace->has_selection());
    CHECK(w.list()->GetItemCount() == 0);
    CHECK(w.count() == to_wx("No clients match “ana”."));
    w.search_for("");
    REQUIRE(w.list()->GetItemCount() == 1);
    CHECK(w.row(0) == "Ben Okafor");
    CHECK(w.vault->clients().count() == 1);
}

TEST_CASE("Client workspace - names in any script come back exactly as typed", "[app][clients]") {
    const std::string name = GENERATE(as<std::string>{}, "ليلى حداد", "王小明", "Наталья Иванова",
                                      "Sam 🌈 Lee", "Jose\u0301 Nun\u0303ez", "O'Brien & Søn");
    Workspace w;
    w.add(name);

    REQUIRE(w.list()->GetItemCount() == 1);
    CHECK(to_utf8(w.row(0)) == name);
    CHECK(to_utf8(w.detail("legal_name")) == name);
    CHECK(to_utf8(find<wxStaticText>("detail-name", w.workspace)->GetLabelText()) == name);

    const auto summaries = w.vault->clients().list({});
    REQUIRE(summaries.size() == 1);
    CHECK(w.vault->clients().get(summaries[0].id).legal_name == name);

    // And editing it again shows the very same text in the field.
    w.dialogs.expect_dialog([&](wxDialog& dialog) {
        CHECK(to_utf8(find<wxTextCtrl>("client-legal-name", &dialog)->GetValue()) == name);
        return wxID_CANCEL;
    });
    w.run(&ClientWorkspace::edit_selected);
}

TEST_CASE("Client workspace - editing saves every field and the record shows it",
          "[app][clients]") {
    Workspace w;
    w.add("Ana Díaz");
    w.add("Ben Okafor");
    w.select(w.row_of("Ben Okafor"));

    w.dialogs.expect_dialog([](wxDialog& dialog) {
        CHECK(dialog.GetTitle() == "Edit client");
        type_into(&dialog, "client-pronouns", "he/him");
        type_into(&dialog, "client-date-of-birth", "1988-02-29");
        type_into(&dialog, "client-email", "ben@example.org");
        type_into(&dialog, "client-address", "12 Harbour Road\nPortsmouth");
        type_into(&dialog, "client-notes", "Prefers evening sessions.");
        auto* partner = find<wxChoice>("client-partner", &dialog);
        CHECK(partner->GetString(0) == "No partner linked");
        REQUIRE(partner->GetCount() == 2);  // not their own partner
        CHECK(partner->GetString(1).StartsWith(to_wx("Ana Díaz — ")));
        partner->SetSelection(1);
        find<wxChoice>("client-relationship-status", &dialog)->SetStringSelection("Married");
        find<wxChoice>("client-status", &dialog)->SetStringSelection("Paused");
        click(&dialog, "client-editor-ok");
        return dialog.GetReturnCode();
    });
    w.run(&ClientWorkspace::edit_selected);

    CHECK(w.detail("pronouns") == "he/him");
    CHECK(w.detail("date_of_birth") == "1988-02-29");
    CHECK(w.detail("address") == "12 Harbour Road\nPortsmouth");
    CHECK(w.tag() == "Paused");
    auto* partner = find<wxHyperlinkCtrl>("detail-partner", w.workspace);
    CHECK(partner->IsShown());
    CHECK(partner->GetLabel() == to_wx("Ana Díaz"));

    // The partner link opens the partner's own record.
    wxHyperlinkEvent event(partner, partner->GetId(), partner->GetURL());
    partner->ProcessWindowEvent(event);
    process_events();
    CHECK(w.detail("legal_name") == to_wx("Ana Díaz"));
    CHECK(find<wxHyperlinkCtrl>("detail-partner", w.workspace)->GetLabel() == "Ben Okafor");
}
