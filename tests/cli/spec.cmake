# CLI tests of report specs, the chart command and the national brief
# (included from tests/cli/CMakeLists.txt; SB_CLI_ENV comes from there).
foreach(t spec_doc spec_reports spec_errors)
  add_test(NAME cli/${t} COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/${t}.sh)
endforeach()
set_tests_properties(cli/spec_doc cli/spec_reports cli/spec_errors PROPERTIES
  LABELS cli TIMEOUT 180 SKIP_RETURN_CODE 77 ENVIRONMENT "${SB_CLI_ENV}")
