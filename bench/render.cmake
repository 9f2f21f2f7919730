# The render benchmark's driver (bench/bench_render.sh runs it); built
# with the project, run only by the bench target.
add_executable(bench_render ${CMAKE_CURRENT_LIST_DIR}/bench_render.c)
target_link_libraries(bench_render PRIVATE sb_render)
set_target_properties(bench_render PROPERTIES RUNTIME_OUTPUT_DIRECTORY
  ${PROJECT_BINARY_DIR}/bench)
sb_target_options(bench_render)
