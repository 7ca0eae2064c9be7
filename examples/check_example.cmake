# Script mode: runs `VO run PROGRAM ARGS...` and fails unless it exits 0 with exactly the contents of EXPECTED on
# stdout and nothing on stderr. ARGS is a CMake list (may be empty).
execute_process(COMMAND "${VO}" run "${PROGRAM}" ${ARGS} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
file(READ "${EXPECTED}" expected)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "vo run ${PROGRAM}: exit status ${rc}\n${err}")
endif()
if(NOT err STREQUAL "")
  message(FATAL_ERROR "vo run ${PROGRAM}: unexpected standard error:\n${err}")
endif()
if(NOT out STREQUAL expected)
  message(FATAL_ERROR "vo run ${PROGRAM}: output differs.\n--- expected\n${expected}--- got\n${out}")
endif()
