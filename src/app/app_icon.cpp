#include "app/app_icon.h"

#include <wx/bitmap.h>

#include <cstddef>

namespace sb::app {

extern const unsigned char kAppIconPng[];
extern const std::size_t kAppIconPng_size;

wxIcon app_icon() {
    wxIcon icon;
    icon.CopyFromBitmap(wxBitmap::NewFromPNGData(kAppIconPng, kAppIconPng_size));
    return icon;
}

}  // namespace sb::app
