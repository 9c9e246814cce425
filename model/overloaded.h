#pragma once
// Visiting a std::variant with one lambda per alternative.

namespace scalescope {

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>; // clang 14 needs the guide

} // namespace scalescope
