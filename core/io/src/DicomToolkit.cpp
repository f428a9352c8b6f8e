#include "DicomToolkit.h"

#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>
#include <dcmtk/oflog/oflog.h>

#include <mutex>

namespace medsynth::io {

void ensureDicomToolkitReady() {
    // Registered for the life of the process: the codec list is global in DCMTK, and cleaning
    // up while another thread decodes would be a race. The OS reclaims it at exit.
    static std::once_flag once;
    std::call_once(once, [] {
        DJDecoderRegistration::registerCodecs();
        DJLSDecoderRegistration::registerCodecs();
        DcmRLEDecoderRegistration::registerCodecs();
        OFLog::getLogger("dcmtk").setLogLevel(OFLogger::FATAL_LOG_LEVEL);
    });
}

}  // namespace medsynth::io
