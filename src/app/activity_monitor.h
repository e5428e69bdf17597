#pragma once
// Feeds every keyboard and mouse event in the application into the idle-lock policy. An event
// filter sees events for every window, dialogs included, before any handler does.
#include <wx/event.h>
#include <wx/eventfilter.h>

#include "core/idle_lock.h"

namespace sb::app {

class ActivityMonitor final : public wxEventFilter {
public:
    explicit ActivityMonitor(IdleLockPolicy& policy);
    ~ActivityMonitor() override;
    ActivityMonitor(const ActivityMonitor&) = delete;
    ActivityMonitor& operator=(const ActivityMonitor&) = delete;

    int FilterEvent(wxEvent& event) override;

private:
    IdleLockPolicy& policy_;
};

}  // namespace sb::app
