#include "Jpeg2000Decoder.h"

#include <openjpeg.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <stdexcept>

namespace medsynth::io {
namespace {

// OpenJPEG reads through callbacks; this is the memory it reads from.
struct MemoryStream {
    const uint8_t* data = nullptr;
    size_t size = 0;
    size_t at = 0;
};

OPJ_SIZE_T readBytes(void* buffer, OPJ_SIZE_T count, void* user) {
    auto* s = static_cast<MemoryStream*>(user);
    if (s->at >= s->size) return static_cast<OPJ_SIZE_T>(-1);
    const size_t n = std::min<size_t>(count, s->size - s->at);
    std::memcpy(buffer, s->data + s->at, n);
    s->at += n;
    return n;
}

OPJ_OFF_T skipBytes(OPJ_OFF_T count, void* user) {
    auto* s = static_cast<MemoryStream*>(user);
    if (count < 0) {
        const size_t back = std::min<size_t>(static_cast<size_t>(-count), s->at);
        s->at -= back;
        return -static_cast<OPJ_OFF_T>(back);
    }
    const size_t n = std::min<size_t>(static_cast<size_t>(count), s->size - s->at);
    s->at += n;
    return static_cast<OPJ_OFF_T>(n);
}

OPJ_BOOL seekTo(OPJ_OFF_T offset, void* user) {
    auto* s = static_cast<MemoryStream*>(user);
    if (offset < 0 || static_cast<size_t>(offset) > s->size) return OPJ_FALSE;
    s->at = static_cast<size_t>(offset);
    return OPJ_TRUE;
}

void quiet(const char*, void*) {}

void keepFirstError(const char* message, void* user) {
    auto* first = static_cast<std::string*>(user);
    if (first->empty() && message) {
        *first = message;
        while (!first->empty() && (first->back() == '\n' || first->back() == '\r')) first->pop_back();
    }
}

struct CodecDeleter {
    void operator()(opj_codec_t* c) const { opj_destroy_codec(c); }
};
struct StreamDeleter {
    void operator()(opj_stream_t* s) const { opj_stream_destroy(s); }
};
struct ImageDeleter {
    void operator()(opj_image_t* i) const { opj_image_destroy(i); }
};

}  // namespace

Jpeg2000Frame decodeJpeg2000(const uint8_t* data, size_t size, int rows, int columns, int components) {
    if (size < 12) throw std::runtime_error("the JPEG 2000 code stream is truncated");
    static const uint8_t kJp2Signature[12] = {0, 0, 0, 0x0C, 'j', 'P', ' ', ' ', 0x0D, 0x0A, 0x87, 0x0A};
    const bool jp2 = std::memcmp(data, kJp2Signature, 12) == 0;
    const bool j2k = data[0] == 0xFF && data[1] == 0x4F && data[2] == 0xFF && data[3] == 0x51;
    if (!jp2 && !j2k) throw std::runtime_error("not a JPEG 2000 code stream");

    std::unique_ptr<opj_codec_t, CodecDeleter> codec(opj_create_decompress(jp2 ? OPJ_CODEC_JP2 : OPJ_CODEC_J2K));
    if (!codec) throw std::runtime_error("OpenJPEG cannot create a decoder");
    std::string firstError;
    opj_set_info_handler(codec.get(), quiet, nullptr);
    opj_set_warning_handler(codec.get(), quiet, nullptr);
    opj_set_error_handler(codec.get(), keepFirstError, &firstError);
    opj_dparameters_t parameters;
    opj_set_default_decoder_parameters(&parameters);
    if (!opj_setup_decoder(codec.get(), &parameters)) throw std::runtime_error("OpenJPEG cannot set up its decoder");

    MemoryStream memory{data, size, 0};
    std::unique_ptr<opj_stream_t, StreamDeleter> stream(opj_stream_create(1 << 16, OPJ_TRUE));
    if (!stream) throw std::runtime_error("OpenJPEG cannot create a stream");
    opj_stream_set_user_data(stream.get(), &memory, nullptr);
    opj_stream_set_user_data_length(stream.get(), size);
    opj_stream_set_read_function(stream.get(), readBytes);
    opj_stream_set_skip_function(stream.get(), skipBytes);
    opj_stream_set_seek_function(stream.get(), seekTo);

    opj_image_t* raw = nullptr;
    const bool header = opj_read_header(stream.get(), codec.get(), &raw);
    std::unique_ptr<opj_image_t, ImageDeleter> image(raw);
    auto failure = [&](const std::string& what) {
        return std::runtime_error(what + (firstError.empty() ? "" : " (" + firstError + ")"));
    };
    if (!header || !image) throw failure("the JPEG 2000 header cannot be read");
    // Checked before decoding: a stream that claims another size would allocate what it likes.
    const long long width = static_cast<long long>(image->x1) - image->x0;
    const long long height = static_cast<long long>(image->y1) - image->y0;
    if (width != columns || height != rows)
        throw std::runtime_error("the JPEG 2000 stream is " + std::to_string(width) + " x " + std::to_string(height)
                                 + ", the DICOM header says " + std::to_string(columns) + " x " + std::to_string(rows));
    if (static_cast<int>(image->numcomps) != components)
        throw std::runtime_error("the JPEG 2000 stream has " + std::to_string(image->numcomps) + " components, the DICOM header says "
                                 + std::to_string(components));
    for (unsigned c = 0; c < image->numcomps; ++c)
        if (image->comps[c].dx != 1 || image->comps[c].dy != 1 || image->comps[c].prec < 1 || image->comps[c].prec > 31)
            throw std::runtime_error("the JPEG 2000 stream has subsampled or unusual components");
    if (!opj_decode(codec.get(), stream.get(), image.get()) || !opj_end_decompress(codec.get(), stream.get()))
        throw failure("the JPEG 2000 data cannot be decoded");

    Jpeg2000Frame frame;
    frame.components = components;
    frame.isSigned = image->comps[0].sgnd != 0;
    frame.precision = static_cast<int>(image->comps[0].prec);
    const size_t pixels = static_cast<size_t>(rows) * columns;
    frame.samples.resize(pixels * components);
    for (int c = 0; c < components; ++c) {
        const opj_image_comp_t& comp = image->comps[c];
        if (!comp.data || comp.w != static_cast<OPJ_UINT32>(columns) || comp.h != static_cast<OPJ_UINT32>(rows))
            throw std::runtime_error("the decoded JPEG 2000 component has another size");
        for (size_t i = 0; i < pixels; ++i) frame.samples[i * components + c] = comp.data[i];
    }
    return frame;
}

}  // namespace medsynth::io
