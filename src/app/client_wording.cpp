#include "app/client_wording.h"

#include <wx/intl.h>

#include "app/text_convert.h"

namespace sb::app {

wxString client_status_label(ClientStatus status) {
    switch (status) {
        case ClientStatus::Active: return _("Active");
        case ClientStatus::Paused: return _("Paused");
        case ClientStatus::Discharged: return _("Discharged");
    }
    return {};
}

// Under the "Emergency contact" heading, "Name" says enough; the long field labels would push
// every value in the column to the right.
wxString client_field_caption(const ClientField& field) {
    if (field.key == "emergency_contact_name")
        return _("Name");
    if (field.key == "emergency_contact_phone")
        return _("Phone");
    if (field.key == "emergency_contact_relationship")
        return _("Relationship");
    return wxGetTranslation(to_wx(field.label));
}

wxString relationship_status_label(RelationshipStatus status) {
    switch (status) {
        case RelationshipStatus::Unspecified: return _("Not recorded");
        case RelationshipStatus::Single: return _("Single");
        case RelationshipStatus::Dating: return _("Dating");
        case RelationshipStatus::Partnered: return _("Partnered");
        case RelationshipStatus::Married: return _("Married");
        case RelationshipStatus::Separated: return _("Separated");
        case RelationshipStatus::Divorced: return _("Divorced");
        case RelationshipStatus::Widowed: return _("Widowed");
    }
    return {};
}

wxString client_display_name(const ClientSummary& summary) {
    return to_wx(display_name(summary));
}

}  // namespace sb::app
