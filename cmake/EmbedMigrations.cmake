# Compiles migrations/NNNN_name.sql into a C++ source file, so an installed SecureBase needs no
# SQL files beside it. Re-runs whenever a migration changes or a new one is added.
function(securebase_embed_migrations dir output)
  file(GLOB migrations CONFIGURE_DEPENDS "${dir}/[0-9][0-9][0-9][0-9]_*.sql")
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DMIGRATIONS_DIR=${dir} -DOUTPUT=${output}
            -P ${PROJECT_SOURCE_DIR}/cmake/WriteMigrations.cmake
    DEPENDS ${migrations} ${PROJECT_SOURCE_DIR}/cmake/WriteMigrations.cmake
    COMMENT "Embedding schema migrations"
    VERBATIM)
endfunction()
