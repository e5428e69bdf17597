#pragma once
// SecureBase's window icon, compiled in so a build run from its folder shows it too.
#include <wx/icon.h>

namespace sb::app {

wxIcon app_icon();

}  // namespace sb::app
