#include "app/activity_monitor.h"

namespace sb::app {

ActivityMonitor::ActivityMonitor(IdleLockPolicy& policy) : policy_(policy) {
    wxEvtHandler::AddFilter(this);
}

ActivityMonitor::~ActivityMonitor() {
    wxEvtHandler::RemoveFilter(this);
}

int ActivityMonitor::FilterEvent(wxEvent& event) {
    const wxEventType type = event.GetEventType();
    if (type == wxEVT_KEY_DOWN || type == wxEVT_MOTION || type == wxEVT_LEFT_DOWN ||
        type == wxEVT_RIGHT_DOWN || type == wxEVT_MIDDLE_DOWN || type == wxEVT_MOUSEWHEEL) {
        policy_.record_activity();
    }
    return Event_Skip;
}

}  // namespace sb::app
