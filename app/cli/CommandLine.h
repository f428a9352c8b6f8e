#pragma once
// CommandLine: the options of one medsynth-cli command, "--name value" pairs and positional
// arguments, with typed access that throws UsageError naming the option when a value is missing,
// malformed or out of range.

#include <cstdint>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace medsynth::cli {

class UsageError : public std::runtime_error {
public:
    explicit UsageError(const std::string& message) : std::runtime_error(message) {}
};

class CommandLine {
public:
    // valueOptions take a value; flags do not. Anything else starting with "--" is refused.
    CommandLine(const std::vector<std::string>& args, const std::set<std::string>& valueOptions,
                const std::set<std::string>& flags = {});

    bool has(const std::string& name) const;
    std::string text(const std::string& name, const std::string& fallback) const;
    int64_t integer(const std::string& name, int64_t fallback, int64_t minimum, int64_t maximum) const;
    double real(const std::string& name, double fallback, double minimum, double maximum) const;
    // "a,b,c": exactly count numbers, each in [minimum, maximum]; empty when the option is absent.
    // example is shown in the error message ("0.8,0.1,0.1").
    std::vector<double> reals(const std::string& name, size_t count, double minimum, double maximum,
                              const std::string& example) const;
    const std::vector<std::string>& positional() const { return positional_; }

private:
    std::map<std::string, std::string> values_;
    std::set<std::string> flags_;
    std::vector<std::string> positional_;
};

}  // namespace medsynth::cli
