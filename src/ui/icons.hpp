#pragma once
// Font Awesome 4.7 glyphs (Debian fonts-font-awesome), merged into the atlas.
// When the font is missing these render as nothing, so labels never rely on them.
#define ICON_CHECK "\xef\x80\x8c"      // f00c
#define ICON_PLUS "\xef\x81\xa7"       // f067
#define ICON_CALENDAR "\xef\x81\xb3"   // f073
#define ICON_TASKS "\xef\x82\xae"      // f0ae
#define ICON_BULLSEYE "\xef\x85\x80"   // f140
#define ICON_FILE_TEXT "\xef\x85\x9c"  // f15c
#define ICON_COG "\xef\x80\x93"        // f013
#define ICON_PENCIL "\xef\x81\x80"     // f040
#define ICON_TRASH "\xef\x87\xb8"      // f1f8
#define ICON_ARCHIVE "\xef\x86\x87"    // f187
#define ICON_LOCK "\xef\x80\xa3"       // f023
#define ICON_FIRE "\xef\x81\xad"       // f06d
#define ICON_ARROW_UP "\xef\x81\xa2"   // f062
#define ICON_ARROW_DOWN "\xef\x81\xa3" // f063
#define ICON_TIMES "\xef\x80\x8d"      // f00d
#define ICON_INFO "\xef\x81\x9a"       // f05a
#define ICON_WARNING "\xef\x81\xb1"    // f071
#define ICON_HEART "\xef\x80\x84"      // f004
#define ICON_LINE_CHART "\xef\x88\x81" // f201
#define ICON_SEARCH "\xef\x80\x82"     // f002
#define ICON_FOLDER "\xef\x81\xbc"     // f07c
#define ICON_COPY "\xef\x83\x85"       // f0c5
#define ICON_SAVE "\xef\x83\x87"       // f0c7
#define ICON_CHEVRON_LEFT "\xef\x81\x93" // f053
#define ICON_REPEAT "\xef\x80\x9e"     // f01e
#define ICON_CHEVRON_DOWN "\xef\x81\xb8" // f078
#define ICON_COMMENTS "\xef\x82\x86"    // f086
#define ICON_CIRCLE_O "\xef\x84\x8c"    // f10c
#define ICON_USERS "\xef\x83\x80"       // f0c0
