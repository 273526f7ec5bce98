//===- ir/Boxed.h - An optional value kept out of line ----------*- C++ -*-===//
//
// Part of schemac. Boxed<T> is std::optional<T> with the value on the heap: the same
// value semantics (copies copy the value, == compares values) and the interface its
// users need, for members that are large and usually absent. A Column's default is 136
// bytes inline, and most columns have none; a 1,000-model schema has 15,000 columns, all
// fresh memory the kernel must hand out and zero. The AST keeps a member's `= value`
// (properties only) the same way.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_IR_BOXED_H
#define SCHEMAC_IR_BOXED_H

#include <memory>
#include <optional>
#include <utility>

namespace schemac::ir {

template <typename T> class Boxed {
public:
  Boxed() = default;
  Boxed(std::nullopt_t) {}
  Boxed(const T &value) : ptr(std::make_unique<T>(value)) {}
  Boxed(T &&value) : ptr(std::make_unique<T>(std::move(value))) {}
  Boxed(const Boxed &other) : ptr(other.ptr ? std::make_unique<T>(*other.ptr) : nullptr) {}
  Boxed(Boxed &&) noexcept = default;
  Boxed &operator=(const Boxed &other) {
    if (this != &other)
      ptr = other.ptr ? std::make_unique<T>(*other.ptr) : nullptr;
    return *this;
  }
  Boxed &operator=(Boxed &&) noexcept = default;
  Boxed &operator=(std::nullopt_t) {
    ptr.reset();
    return *this;
  }
  Boxed &operator=(const T &value) { return *this = T(value); }
  Boxed &operator=(T &&value) {
    if (ptr)
      *ptr = std::move(value);
    else
      ptr = std::make_unique<T>(std::move(value));
    return *this;
  }

  bool has_value() const { return ptr != nullptr; }
  explicit operator bool() const { return has_value(); }
  void reset() { ptr.reset(); }
  T &operator*() { return *ptr; }
  const T &operator*() const { return *ptr; }
  T *operator->() { return ptr.get(); }
  const T *operator->() const { return ptr.get(); }

  friend bool operator==(const Boxed &a, const Boxed &b) {
    return a.has_value() == b.has_value() && (!a.has_value() || *a == *b);
  }

private:
  std::unique_ptr<T> ptr;
};

} // namespace schemac::ir

#endif // SCHEMAC_IR_BOXED_H
