#include "CAllocator.h"

#if defined(__GLIBC__)
#include <malloc.h>

void isms_tune_allocator(void) {
    mallopt(M_MMAP_THRESHOLD, 256 << 20);
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
    mallopt(M_TOP_PAD, 64 << 20);
}
#else
void isms_tune_allocator(void) {}
#endif
