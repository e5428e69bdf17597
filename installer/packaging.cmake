# Installation layout and the Debian package (cpack -G DEB from the build folder).
include(GNUInstallDirs)

set(SECUREBASE_APP_ID org.securebase.SecureBase)
if(SECUREBASE_BUILD_GUI)
  install(FILES ${PROJECT_SOURCE_DIR}/installer/share/${SECUREBASE_APP_ID}.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${PROJECT_SOURCE_DIR}/installer/share/${SECUREBASE_APP_ID}.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  install(FILES ${PROJECT_SOURCE_DIR}/installer/share/${SECUREBASE_APP_ID}-64.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/64x64/apps
          RENAME ${SECUREBASE_APP_ID}.png)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME securebase)
set(CPACK_PACKAGE_VENDOR "SecureBase")
set(CPACK_PACKAGE_CONTACT "SecureBase developers <dev@securebase.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Private, encrypted practice records for counsellors")
set(CPACK_PACKAGE_INSTALL_DIRECTORY /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
# The runtime libraries the binaries link, named so apt installs them with the .deb.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libwxgtk3.2-1, libglib2.0-0, libsqlcipher0, libsodium23, libhpdf-2.3.0, libicu72, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-wqy-microhei")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "SecureBase keeps a counsellor's client records in an encrypted practice vault on\n their own machine, with a desktop app and a command-line tool.")
include(CPack)
