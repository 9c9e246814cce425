#pragma once
// The user count as the controls show it: a log scale for the slider,
// short text ("2.5k", "10M"), and round values for keyboard steps.

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

    // "250", "2.5k", "10k", "2.5M", "100M"; values with more than three
    // significant digits keep all of them ("34,467") so nothing is hidden.
    static QString format(double users);

    // The next round value up or down (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 per
    // decade; whole users below ten), clamped to the valid range.
    static double stepUp(double users);
    static double stepDown(double users);
    static double clamp(double users);
};

} // namespace scalescope
