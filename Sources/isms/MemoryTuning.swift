import CAllocator

/// How glibc's allocator is set up for one short run over a large register.
///
/// By default glibc grows each thread's heap a little at a time (an `mprotect` each), hands large
/// arrays to fresh `mmap`s that are zeroed page by page and unmapped when freed, and gives freed
/// memory back to the system at once. A check of fifty thousand files builds and drops many
/// multi-megabyte arrays and dictionaries: in a warm check a fifth of the CPU time was the kernel
/// doing that (page faults, `mprotect`). Growing in 64 MiB steps and keeping freed memory for
/// reuse removes much of it; the process is short-lived, so nothing is held for long.
enum MemoryTuning {
    static func apply() { isms_tune_allocator() }
}
