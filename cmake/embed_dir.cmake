# cmake -DDIR=dir -DOUT=file.c -DNAME=name -P embed_dir.cmake
# Writes a table `const struct sb_embedded sb_data_NAME[]` of every .txt
# and .tsv file of DIR (sorted by name), ended by a NULL name.
file(GLOB files RELATIVE "${DIR}" "${DIR}/*.txt" "${DIR}/*.tsv")
list(SORT files)
set(body "")
set(table "")
set(i 0)
foreach(f ${files})
  file(READ "${DIR}/${f}" hex HEX)
  string(LENGTH "${hex}" n)
  math(EXPR size "${n} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," hex "${hex}")
  string(REGEX REPLACE "((0x..,){16})" "\\1\n" hex "${hex}")
  string(APPEND body "static const unsigned char d${i}[] = {\n${hex}0x00};\n")
  string(APPEND table "  { \"${f}\", d${i}, ${size} },\n")
  math(EXPR i "${i} + 1")
endforeach()
file(WRITE "${OUT}" "/* generated; do not edit */\n#include <stddef.h>\nstruct sb_embedded { const char *name; const unsigned char *data; size_t size; };\n${body}const struct sb_embedded sb_data_${NAME}[] = {\n${table}  { NULL, NULL, 0 }\n};\n")
