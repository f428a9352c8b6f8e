# cmake -DAPP_ID=.. -DVERSION=.. -DDESKTOP=.. -DMETAINFO=.. -DBUILD_DIR=.. -DSCRATCH=.. -P check_packaging.cmake
# Checks what the validators do not: the desktop file, metainfo and icon agree on the app id, the
# metainfo lists the release being built, and `cmake --install --component desktop` puts the files
# where desktops and software centres look for them.
foreach(v APP_ID VERSION DESKTOP METAINFO BUILD_DIR SCRATCH)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "check_packaging.cmake: -D${v}=... missing")
  endif()
endforeach()

set(failures "")
file(READ "${DESKTOP}" desktop)
file(READ "${METAINFO}" metainfo)

# expect_text(<haystack-var> <needle> <message>): fails with <message> unless the text contains <needle>.
function(expect_text var needle msg)
  string(FIND "${${var}}" "${needle}" pos)
  if(pos EQUAL -1)
    set(failures ${failures} "${msg}" PARENT_SCOPE)
  endif()
endfunction()

get_filename_component(desktop_name "${DESKTOP}" NAME)
if(NOT desktop_name STREQUAL "${APP_ID}.desktop")
  list(APPEND failures "desktop file is not named ${APP_ID}.desktop")
endif()
expect_text(desktop "\nExec=medsynth" "desktop file: Exec= does not run medsynth")
expect_text(desktop "\nIcon=${APP_ID}\n" "desktop file: Icon= is not ${APP_ID}")
expect_text(metainfo "<id>${APP_ID}</id>" "metainfo: <id> is not ${APP_ID}")
expect_text(metainfo "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>"
            "metainfo: launchable does not name ${APP_ID}.desktop")
expect_text(metainfo "<release version=\"${VERSION}\""
            "metainfo: no <release version=\"${VERSION}\"> for the version being built")

# Install just the desktop component into a scratch prefix.
file(REMOVE_RECURSE "${SCRATCH}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --component desktop
                        --prefix "${SCRATCH}/usr"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  list(APPEND failures "cmake --install --component desktop failed (${rc}):\n${out}")
else()
  foreach(f "applications/${APP_ID}.desktop"
            "metainfo/${APP_ID}.metainfo.xml"
            "icons/hicolor/scalable/apps/${APP_ID}.svg"
            "icons/hicolor/256x256/apps/${APP_ID}.png")
    if(NOT EXISTS "${SCRATCH}/usr/share/${f}")
      list(APPEND failures "not installed: share/${f}")
    endif()
  endforeach()
endif()

if(failures)
  list(JOIN failures "\n  " text)
  message(FATAL_ERROR "packaging checks failed:\n  ${text}")
endif()
message(STATUS "packaging checks passed (${APP_ID}, release ${VERSION})")
