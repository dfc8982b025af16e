// Debian's libxml2 is built with ICU; its headers would pull in <unicode/ucnv.h>, whose
// UErrorCode clashes with Foundation's _FoundationICU on every clean build. Read the
// version header first, switch ICU off, then include only what isms uses.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
