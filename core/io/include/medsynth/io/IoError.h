#pragma once
// IoError: a file that cannot be read or written; what() is one line for the user, naming the
// file by its base name only and saying what is wrong.

#include <stdexcept>
#include <string>

namespace medsynth::io {

class IoError : public std::runtime_error {
public:
    explicit IoError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace medsynth::io
