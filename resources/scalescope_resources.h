#pragma once

// The AWS icons, the app icon and the licence notices are compiled into the static library
// scalescope_resources (see resources/CMakeLists.txt). A linker keeps an object from a static library
// only if something refers to it, so the resources must be registered explicitly:
//
//   #include "scalescope_resources.h"
//
//   int main(int argc, char** argv)
//   {
//       QApplication app(argc, argv);
//       initScaleScopeResources();   // once, before the first QIcon(":/aws/...") or QFile(":/...")
//       ...
//   }
//
// Test executables that load icons do the same (e.g. in initTestCase()). Calling it more than once is
// harmless. Resource paths it makes available:
//   :/aws/<id>.svg                      one per catalog kind or group with an "icon"
//   :/app/scalescope.svg                the application icon
//   :/licenses/aws-icons-LICENSE.txt    licence of the aws-icons package (show it in About)

#include <QtCore/qglobal.h>

// Defined at global scope on purpose: Q_INIT_RESOURCE declares the rcc-generated init function where
// it expands, and that declaration must not land in a namespace. Callers may be in any namespace.
inline void initScaleScopeResources()
{
    Q_INIT_RESOURCE(scalescope_resources);
}
