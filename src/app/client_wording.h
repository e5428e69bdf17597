#pragma once
// How the client records' values read on screen: status and relationship words, display names,
// and the captions of fields. One place, so the list, the record and the editor agree.
#include <wx/string.h>

#include "core/client.h"
#include "core/client_summary.h"

namespace sb::app {

wxString client_status_label(ClientStatus status);
wxString relationship_status_label(RelationshipStatus status);
wxString client_display_name(const ClientSummary& summary);
// The caption of a field in the record view, translated.
wxString client_field_caption(const ClientField& field);

}  // namespace sb::app
