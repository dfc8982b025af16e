#ifndef ISMS_CALLOCATOR_H
#define ISMS_CALLOCATOR_H

/// Sets glibc's allocator up for one short run over a large register (see MemoryTuning.swift).
/// Does nothing where the C library is not glibc.
void isms_tune_allocator(void);

#endif
