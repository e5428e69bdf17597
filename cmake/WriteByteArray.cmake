# Script mode: writes OUTPUT, a C++ file defining `const unsigned char NAME[]` and `NAME_size`
# in namespace sb::app from the bytes of INPUT (an icon, so the app needs no files beside it).
file(READ "${INPUT}" hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n    "
       bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT} by cmake/WriteByteArray.cmake. Do not edit.\n"
"#include <cstddef>\n\nnamespace sb::app {\n\n"
"extern const unsigned char ${NAME}[] = {\n    ${bytes}\n};\n"
"extern const std::size_t ${NAME}_size = sizeof(${NAME});\n\n}  // namespace sb::app\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
