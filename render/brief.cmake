target_sources(sb_render PRIVATE ${CMAKE_CURRENT_LIST_DIR}/brief.c)
