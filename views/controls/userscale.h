#pragma once
// The user count as the controls show it: a log scale for the slider,
// its text (the one number format, humanNumber: "2,500", "2.5M"), and round
// values for keyboard steps.

#include <QString>

namespace scalescope {

struct UserScale {
    // Slider ticks per factor of ten: 1,000 makes one tick 0.23%, finer than
    // a pixel on any slider, so a drag never jumps.
    static constexpr int kTicksPerDecade = 1000;
    static int sliderMaximum();                // ticks for 1 .. kMaxUsers
    static int toSlider(double users);
    // Users at a slider tick, rounded to three significant digits (and to a
    // whole user) so the field can show the exact value in short form.
    static double fromSlider(int position);

    // A user count as every figure is written (humanNumber: "250", "2,500",
    // "2.5M", "100M"), so the field and the figures beside it agree; a count
    // that form would round keeps every digit ("1,234,567"): what the field
    // shows, it reads back. Figures the model computes (ceilings) are shown
    // with humanNumber itself.
    static QString format(double users);

    // The next round value up or down (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 per
    // decade; whole users below ten), clamped to the valid range.
    static double stepUp(double users);
    static double stepDown(double users);
    static double clamp(double users);
};

} // namespace scalescope
