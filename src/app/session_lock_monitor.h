#pragma once
// Tells the app when the desktop session is locked, so SecureBase locks with the screen. Listens
// on D-Bus for the screensaver's ActiveChanged(true) (freedesktop and GNOME names, session bus)
// and for logind's Session.Lock of this process's own session (system bus). A bus that is not
// there is skipped quietly: locking on idle and on demand still works without it.
#include <wx/event.h>

#include <functional>
#include <memory>

namespace sb::app {

class SessionLockMonitor {
public:
    // `on_lock` runs on the UI thread, through `ui`'s CallAfter.
    SessionLockMonitor(wxEvtHandler& ui, std::function<void()> on_lock);
    ~SessionLockMonitor();
    SessionLockMonitor(const SessionLockMonitor&) = delete;
    SessionLockMonitor& operator=(const SessionLockMonitor&) = delete;

    // How many signal subscriptions are active (0 when no bus is reachable); for tests and logs.
    int subscriptions() const;

    struct Impl;

private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace sb::app
