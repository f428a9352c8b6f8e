# Configures and builds the fuzz project with clang in BUILD_DIR, writes the seed corpus, then
# runs each fuzz target for SECONDS. Any crash, sanitizer report or timeout fails the test.
foreach(var SOURCE_DIR ROOT_DIR BUILD_DIR CLANGXX CLANG SECONDS)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_fuzzers.cmake needs -D${var}=...")
  endif()
endforeach()

execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${BUILD_DIR} -DCMAKE_BUILD_TYPE=RelWithDebInfo
                        -DCMAKE_CXX_COMPILER=${CLANGXX} -DCMAKE_C_COMPILER=${CLANG} -DMEDSYNTH_ROOT=${ROOT_DIR}
                RESULT_VARIABLE configured)
if(NOT configured EQUAL 0)
  message(FATAL_ERROR "the fuzz project did not configure")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --parallel 2 RESULT_VARIABLE built)
if(NOT built EQUAL 0)
  message(FATAL_ERROR "the fuzz targets did not build (is libclang-rt-14-dev installed?)")
endif()

set(seeds ${BUILD_DIR}/seeds)
file(REMOVE_RECURSE ${seeds})
execute_process(COMMAND ${BUILD_DIR}/make_fuzz_seeds ${seeds} RESULT_VARIABLE seeded)
if(NOT seeded EQUAL 0)
  message(FATAL_ERROR "the seed corpus could not be written")
endif()

foreach(target dicom nifti numpy)
  set(corpus ${BUILD_DIR}/corpus/${target})
  file(MAKE_DIRECTORY ${corpus})
  message(STATUS "fuzzing the ${target} reader for ${SECONDS} s")
  execute_process(COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
                          ${BUILD_DIR}/fuzz_${target} -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=4096
                          -artifact_prefix=${BUILD_DIR}/crash-${target}- ${corpus} ${seeds}/${target}
                  RESULT_VARIABLE fuzzed)
  if(NOT fuzzed EQUAL 0)
    message(FATAL_ERROR "the ${target} fuzz target found a problem: see ${BUILD_DIR}/crash-${target}-*")
  endif()
endforeach()
