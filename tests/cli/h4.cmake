# Store, series and cron tests (issue 4), included from CMakeLists.txt.
# The environment is the one the other cli/ tests get (SB_CLI_ENV).
foreach(t seeds_series cron output_errors)
  add_test(NAME cli/${t} COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/${t}.sh)
  set_tests_properties(cli/${t} PROPERTIES
    LABELS cli TIMEOUT 300 SKIP_RETURN_CODE 77 ENVIRONMENT "${SB_CLI_ENV}")
endforeach()
# cli/seeds_series wants every row of the seed series and duplicates (no
# SERIES_FLOOR set: all 14).
