# Script mode: writes OUTPUT, a C++ file defining sb::storage::embedded_migrations().
file(GLOB files "${MIGRATIONS_DIR}/[0-9][0-9][0-9][0-9]_*.sql")
list(SORT files)
set(body "")
foreach(f IN LISTS files)
  get_filename_component(name "${f}" NAME)
  string(SUBSTRING "${name}" 0 4 number)
  math(EXPR version "${number}")
  file(READ "${f}" sql)
  set(body "${body}        {${version}, \"${name}\", R\"sbsql(${sql})sbsql\"},\n")
endforeach()
file(WRITE "${OUTPUT}.tmp"
"// Generated from migrations/*.sql by cmake/WriteMigrations.cmake. Do not edit.\n"
"#include \"storage/migrations.h\"\n\n"
"namespace sb::storage {\n\n"
"const std::vector<Migration>& embedded_migrations() {\n"
"    static const std::vector<Migration> migrations = {\n${body}    };\n"
"    return migrations;\n}\n\n}  // namespace sb::storage\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
