#pragma once
// The one exception the store throws: every failure to open, read or write the database.
// Messages name the file and say what to do when there is something to do.
#include <stdexcept>
#include <string>

namespace lantern {

class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace lantern
