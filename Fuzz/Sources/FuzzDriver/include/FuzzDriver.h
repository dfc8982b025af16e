#ifndef ISMS_FUZZ_DRIVER_H
#define ISMS_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, LLVM 11 and later), for executables whose `main` SwiftPM
/// renames to `<Module>_main`: that function calls this one with the fuzz target's callback.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
