# cmake -DIN=file -DOUT=file.c -DNAME=name -P embed.cmake
# Writes `const unsigned char sb_data_NAME[]` (NUL-terminated) and its size.
file(READ "${IN}" hex HEX)
string(LENGTH "${hex}" n)
math(EXPR size "${n} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," body "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" body "${body}")
file(WRITE "${OUT}" "/* generated from ${IN}; do not edit */\n#include <stddef.h>\nconst unsigned char sb_data_${NAME}[] = {\n${body}0x00};\nconst size_t sb_data_${NAME}_size = ${size};\n")
