#include "app/app_icon.h"

#include <wx/bitmap.h>
#include <wx/image.h>
#include <wx/imagpng.h>

#include <cstddef>

namespace sb::app {

extern const unsigned char kAppIconPng[];
extern const std::size_t kAppIconPng_size;

wxIcon app_icon() {
    // wxGTK decodes PNG data through wxImage, which knows no format until a handler is added;
    // without one the icon is lost and an error box greets the counsellor at start.
    if (wxImage::FindHandler(wxBITMAP_TYPE_PNG) == nullptr) {
        wxImage::AddHandler(new wxPNGHandler);
    }
    wxIcon icon;
    icon.CopyFromBitmap(wxBitmap::NewFromPNGData(kAppIconPng, kAppIconPng_size));
    return icon;
}

}  // namespace sb::app
