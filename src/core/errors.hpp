#pragma once
#include <stdexcept>
#include <string>

namespace sw {

// Bad input from the user (flags, dates, numbers, ids, files): the CLI exits 2
// and the UI shows the message next to the field. Nothing has been written.
struct InputError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// An id or UUID that names nothing. Still the user's input, so exit 2.
struct NotFoundError : InputError {
    using InputError::InputError;
};

}  // namespace sw
