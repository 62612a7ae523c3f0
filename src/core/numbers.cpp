#include "core/numbers.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <langinfo.h>
#include <locale.h>

namespace sw {

std::string_view to_string(DecimalChoice choice) {
    switch (choice) {
        case DecimalChoice::automatic: return "automatic";
        case DecimalChoice::point: return "point";
        case DecimalChoice::comma: return "comma";
    }
    return "automatic";
}

std::optional<DecimalChoice> parse_decimal_choice(std::string_view text) {
    if (text == "automatic" || text.empty()) return DecimalChoice::automatic;
    if (text == "point") return DecimalChoice::point;
    if (text == "comma") return DecimalChoice::comma;
    return std::nullopt;
}

DecimalSeparator locale_decimal_separator() {
    // newlocale + nl_langinfo_l read the user's locale without setlocale(),
    // which would change how every printf and strtod in the process behaves.
    const char* name = "";
    for (const char* var : {"LC_ALL", "LC_NUMERIC", "LANG"}) {
        const char* v = std::getenv(var);
        if (v && *v) {
            name = v;
            break;
        }
    }
    if (!*name) return DecimalSeparator::point;
    locale_t loc = newlocale(LC_NUMERIC_MASK, name, static_cast<locale_t>(0));
    if (loc == static_cast<locale_t>(0)) return DecimalSeparator::point;  // not installed
    const char* radix = nl_langinfo_l(RADIXCHAR, loc);
    DecimalSeparator sep = radix && std::strcmp(radix, ",") == 0 ? DecimalSeparator::comma : DecimalSeparator::point;
    freelocale(loc);
    return sep;
}

DecimalSeparator resolve(DecimalChoice choice) {
    switch (choice) {
        case DecimalChoice::point: return DecimalSeparator::point;
        case DecimalChoice::comma: return DecimalSeparator::comma;
        case DecimalChoice::automatic: break;
    }
    return locale_decimal_separator();
}

NumberParse parse_number_input(std::string_view text, DecimalSeparator decimal) {
    auto fail = [](std::string message) { return NumberParse{std::nullopt, std::move(message)}; };
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    if (text.empty()) return fail("enter a number");
    const std::string example = decimal == DecimalSeparator::comma ? "85,4" : "85.4";

    std::string canonical;  // what strtod reads: sign, digits, '.'
    size_t i = 0;
    if (text[0] == '+' || text[0] == '-') canonical += text[i++];
    int separators = 0, digits = 0;
    for (; i < text.size(); ++i) {
        char c = text[i];
        if (c >= '0' && c <= '9') {
            canonical += c;
            ++digits;
        } else if (c == '.' || (c == ',' && decimal == DecimalSeparator::comma)) {
            if (++separators > 1)
                return fail("'" + std::string(text) + "' has more than one separator: type the number without "
                            "thousands separators, e.g. " + example);
            canonical += '.';
        } else if (c == ',') {
            return fail("a comma is not a decimal separator here: type " + example +
                        " (or choose the comma in Settings), and no thousands separators");
        } else if (c == 'e' || c == 'E') {
            return fail("write the number out in full, without an exponent ('" + std::string(text) + "')");
        } else if (c == ' ' || c == '\'' || c == '_') {
            return fail("type the number without spaces or thousands separators, e.g. " + example);
        } else {
            return fail("'" + std::string(text) + "' is not a number; type digits, e.g. " + example);
        }
    }
    if (digits == 0) return fail("'" + std::string(text) + "' has no digits; type a number, e.g. " + example);
    double v = std::strtod(canonical.c_str(), nullptr);
    if (!std::isfinite(v) || std::fabs(v) > kMaxMagnitude)
        return fail("'" + std::string(text) + "' is too large: Stepwise takes numbers up to 1000000000000");
    if (v == 0) v = 0;  // no "-0"
    return {v, ""};
}

std::optional<double> parse_finite_number(const std::string& text) {
    return parse_number_input(text, DecimalSeparator::point).value;
}

namespace {

char separator_char(DecimalSeparator d) { return d == DecimalSeparator::comma ? ',' : '.'; }

// Built by appending: GCC 12 misreports string::insert at -O3 (-Wrestrict).
std::string group_digits(const std::string& digits) {
    if (digits.size() < 5) return digits;  // 1250 stays 1250; 12 500 is grouped
    static constexpr const char* kNarrowNoBreakSpace = "\u202F";
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += kNarrowNoBreakSpace;
        out += digits[i];
    }
    return out;
}

std::string with_unit(std::string number, std::string_view unit) {
    if (unit.empty()) return number;
    if (unit != "%") number += ' ';
    number += unit;
    return number;
}

}  // namespace

std::string format_number(double value, DecimalSeparator decimal, int max_decimals) {
    if (!std::isfinite(value)) return "\u2013";
    max_decimals = std::clamp(max_decimals, 0, 9);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", max_decimals, std::fabs(value));
    std::string text = buf;
    std::string fraction;
    if (auto dot = text.find('.'); dot != std::string::npos) {
        fraction = text.substr(dot + 1);
        text.resize(dot);
        while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
    }
    bool is_zero = text.find_first_not_of('0') == std::string::npos && fraction.empty();
    std::string result = value < 0 && !is_zero ? "-" : "";  // rounding to 0 drops the sign
    result += group_digits(text);
    if (!fraction.empty()) {
        result += separator_char(decimal);
        result += fraction;
    }
    return result;
}

std::string format_number(double value, DecimalSeparator decimal) {
    int decimals = 2;
    double magnitude = std::fabs(value);
    if (magnitude > 0 && magnitude < 1)
        decimals = std::min(9, 2 + static_cast<int>(std::ceil(-std::log10(magnitude))));
    return format_number(value, decimal, decimals);
}

std::string format_quantity(double value, std::string_view unit, DecimalSeparator decimal) {
    return with_unit(format_number(value, decimal), unit);
}

std::string format_quantity(double value, std::string_view unit, DecimalSeparator decimal, int max_decimals) {
    return with_unit(format_number(value, decimal, max_decimals), unit);
}

std::string format_signed_quantity(double value, std::string_view unit, DecimalSeparator decimal) {
    std::string number = format_number(value, decimal);
    bool unsigned_zero = number == "0";  // also what rounds to zero: never "+0"
    std::string text = with_unit(std::move(number), unit);
    return text.front() == '-' || unsigned_zero ? text : "+" + text;
}

std::string format_exact(double value, DecimalSeparator decimal) {
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed);
    std::string text = ec == std::errc() ? std::string(buf, end) : std::to_string(value);
    if (text == "-0") text = "0";
    if (decimal == DecimalSeparator::comma) std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

}  // namespace sw
