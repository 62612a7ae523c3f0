#include "app/libical.hpp"

#include <stdexcept>
#include <string>

#include <dlfcn.h>

namespace sw {
namespace {

LibIcal load() {
    // The library's soname on Debian bookworm (package libical3); global symbols
    // are not needed by anything else, so it stays RTLD_LOCAL.
    void* handle = ::dlopen("libical.so.3", RTLD_NOW | RTLD_LOCAL);
    if (!handle)
        throw std::runtime_error(std::string("writing a calendar needs libical (Debian package libical3): ") +
                                 ::dlerror());
    LibIcal api;
#define SW_LIBICAL_RESOLVE(name)                                                                          \
    api.name = reinterpret_cast<decltype(api.name)>(::dlsym(handle, #name));                              \
    if (!api.name) throw std::runtime_error("the installed libical has no " #name "; install libical3");
    SW_LIBICAL_FUNCTIONS(SW_LIBICAL_RESOLVE)
#undef SW_LIBICAL_RESOLVE
    return api;  // the handle stays open for the process: the pointers live in it
}

}  // namespace

const LibIcal& libical() {
    static const LibIcal api = load();  // thread-safe, once; a failed load is retried next time
    return api;
}

}  // namespace sw
