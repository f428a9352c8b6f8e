#include "CommandLine.h"

namespace medsynth::cli {

CommandLine::CommandLine(const std::vector<std::string>& args, const std::set<std::string>& valueOptions,
                         const std::set<std::string>& flags)
{
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.rfind("--", 0) != 0) {
            positional_.push_back(a);
            continue;
        }
        std::string name = a.substr(2), value;
        const bool inlineValue = name.find('=') != std::string::npos;
        if (inlineValue) {
            value = name.substr(name.find('=') + 1);
            name = name.substr(0, name.find('='));
        }
        if (flags.count(name)) {
            flags_.insert(name);
        } else if (valueOptions.count(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size())
                    throw UsageError("--" + name + " needs a value.");
                value = args[++i];
            }
            values_[name] = value;
        } else {
            throw UsageError("Unknown option --" + name + ".");
        }
    }
}

bool CommandLine::has(const std::string& name) const { return values_.count(name) || flags_.count(name); }

std::string CommandLine::text(const std::string& name, const std::string& fallback) const
{
    const auto found = values_.find(name);
    return found == values_.end() ? fallback : found->second;
}

namespace {

// Parses the whole text as T (std::stoll or std::stod); false when any of it is not a number.
template <typename T, typename Parse>
bool parseWhole(const std::string& text, Parse parse, T& value)
{
    size_t used = 0;
    try {
        value = parse(text, &used);
    } catch (const std::exception&) {
        return false;
    }
    return used != 0 && used == text.size();
}

}  // namespace

int64_t CommandLine::integer(const std::string& name, int64_t fallback, int64_t minimum, int64_t maximum) const
{
    const auto found = values_.find(name);
    if (found == values_.end())
        return fallback;
    int64_t value = 0;
    if (!parseWhole(found->second, [](const std::string& t, size_t* used) { return std::stoll(t, used); }, value))
        throw UsageError("--" + name + " must be a whole number, not '" + found->second + "'.");
    if (value < minimum || value > maximum)
        throw UsageError("--" + name + " must lie between " + std::to_string(minimum) + " and " +
                         std::to_string(maximum) + ", not " + found->second + ".");
    return value;
}

double CommandLine::real(const std::string& name, double fallback, double minimum, double maximum) const
{
    const auto found = values_.find(name);
    if (found == values_.end())
        return fallback;
    double value = 0;
    if (!parseWhole(found->second, [](const std::string& t, size_t* used) { return std::stod(t, used); }, value))
        throw UsageError("--" + name + " must be a number, not '" + found->second + "'.");
    if (!(value >= minimum && value <= maximum))
        throw UsageError("--" + name + " must lie between " + std::to_string(minimum) + " and " +
                         std::to_string(maximum) + ", not " + found->second + ".");
    return value;
}

std::vector<double> CommandLine::reals(const std::string& name, size_t count, double minimum, double maximum,
                                       const std::string& example) const
{
    const auto found = values_.find(name);
    if (found == values_.end())
        return {};
    const std::string& text = found->second;
    const std::string expected = "--" + name + " takes " + std::to_string(count) + " numbers between " +
                                 std::to_string(minimum) + " and " + std::to_string(maximum) +
                                 ", separated by commas, like " + example + "; not '" + text + "'.";
    std::vector<double> values;
    size_t begin = 0;
    for (;;) {
        const size_t comma = text.find(',', begin);
        const std::string part = text.substr(begin, comma == std::string::npos ? std::string::npos : comma - begin);
        double value = 0;
        if (!parseWhole(part, [](const std::string& t, size_t* used) { return std::stod(t, used); }, value) ||
            !(value >= minimum && value <= maximum))
            throw UsageError(expected);
        values.push_back(value);
        if (comma == std::string::npos)
            break;
        begin = comma + 1;
    }
    if (values.size() != count)
        throw UsageError(expected);
    return values;
}

}  // namespace medsynth::cli
