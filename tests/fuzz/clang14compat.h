#pragma once
// Force-included (fuzz build only) into model sources that build a visitor as
// `Overloaded{lambdas...}` with no deduction guide: C++20 deduces aggregate
// template arguments, but clang 14 does not implement that yet (P1816), so it
// gets the C++17 guide. The declarations match the model's own
// `scalescope::(anonymous)::Overloaded`; tests/fuzz/CMakeLists.txt applies
// this only while a source lacks the guide.
namespace scalescope {
namespace {
template <class... Ts>
struct Overloaded;
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;
} // namespace
} // namespace scalescope
