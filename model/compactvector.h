#pragma once
// A vector in 16 bytes: a pointer and two 32-bit counts, where std::vector
// keeps three pointers (24). A component holds four lists (resources, flows,
// availability steps, bill lines) and a large network hundreds of thousands
// of components: the eight bytes a list are 6 MB at 200,000 components.
//
// It does what the network's lists need: appending, sizing, copying, moving,
// swapping and iterating as a contiguous range. Elements are moved (not
// copied) when it grows, so they must move without throwing.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <limits>
#include <memory>
#include <new>
#include <stdexcept>
#include <type_traits>
#include <utility>

namespace scalescope {

template <typename T>
class CompactVector {
    static_assert(std::is_nothrow_move_constructible_v<T>, "elements are moved when the room grows");

public:
    using value_type = T;
    using size_type = std::size_t;
    using difference_type = std::ptrdiff_t;
    using reference = T &;
    using const_reference = const T &;
    using pointer = T *;
    using const_pointer = const T *;
    using iterator = T *;
    using const_iterator = const T *;

    CompactVector() = default;
    CompactVector(std::initializer_list<T> items) { assign(items.begin(), items.end()); }
    CompactVector(const CompactVector &other) { assign(other.begin(), other.end()); }
    CompactVector(CompactVector &&other) noexcept { swap(other); }
    CompactVector &operator=(const CompactVector &other)
    {
        if (this != &other)
            assign(other.begin(), other.end());
        return *this;
    }
    CompactVector &operator=(CompactVector &&other) noexcept
    {
        if (this != &other) {
            CompactVector gone(std::move(*this));
            swap(other);
        }
        return *this;
    }
    CompactVector &operator=(std::initializer_list<T> items)
    {
        assign(items.begin(), items.end());
        return *this;
    }
    ~CompactVector()
    {
        clear();
        deallocate(m_data, m_capacity);
    }

    size_type size() const { return m_size; }
    size_type capacity() const { return m_capacity; }
    bool empty() const { return m_size == 0; }
    T *data() { return m_data; }
    const T *data() const { return m_data; }
    iterator begin() { return m_data; }
    iterator end() { return m_data + m_size; }
    const_iterator begin() const { return m_data; }
    const_iterator end() const { return m_data + m_size; }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }
    T &operator[](size_type i) { return m_data[i]; }
    const T &operator[](size_type i) const { return m_data[i]; }
    T &front() { return m_data[0]; }
    const T &front() const { return m_data[0]; }
    T &back() { return m_data[m_size - 1]; }
    const T &back() const { return m_data[m_size - 1]; }

    template <typename... Args>
    T &emplace_back(Args &&...args)
    {
        if (m_size == m_capacity) {
            // Made before the room moves: `args` may be one of these elements.
            T item(std::forward<Args>(args)...);
            grow(m_size + 1);
            return *::new (static_cast<void *>(m_data + m_size++)) T(std::move(item));
        }
        return *::new (static_cast<void *>(m_data + m_size++)) T(std::forward<Args>(args)...);
    }
    void push_back(const T &item) { emplace_back(item); }
    void push_back(T &&item) { emplace_back(std::move(item)); }

    void reserve(size_type n)
    {
        if (n > m_capacity)
            reallocate(n);
    }
    void resize(size_type n)
    {
        if (n < m_size) {
            std::destroy(m_data + n, m_data + m_size);
            m_size = std::uint32_t(n);
            return;
        }
        reserve(n);
        std::uninitialized_value_construct(m_data + m_size, m_data + n);
        m_size = std::uint32_t(n);
    }
    // Keeps the room, as std::vector does.
    void clear()
    {
        std::destroy(m_data, m_data + m_size);
        m_size = 0;
    }
    // The elements of [first, last) in place of these, in room of exactly
    // their count when more is needed.
    template <typename It>
    void assign(It first, It last)
    {
        const auto count = std::distance(first, last);
        clear();
        if (size_type(count) > m_capacity) {
            deallocate(m_data, m_capacity);
            m_data = nullptr;
            m_capacity = 0;
            reallocate(size_type(count));
        }
        std::uninitialized_copy(first, last, m_data);
        m_size = std::uint32_t(count);
    }
    void swap(CompactVector &other) noexcept
    {
        std::swap(m_data, other.m_data);
        std::swap(m_size, other.m_size);
        std::swap(m_capacity, other.m_capacity);
    }

    friend bool operator==(const CompactVector &a, const CompactVector &b)
    {
        return std::equal(a.begin(), a.end(), b.begin(), b.end());
    }

private:
    static constexpr size_type kMost = std::numeric_limits<std::uint32_t>::max();

    static T *allocate(size_type n) { return static_cast<T *>(::operator new(n * sizeof(T), std::align_val_t(alignof(T)))); }
    static void deallocate(T *p, size_type n)
    {
        if (p)
            ::operator delete(p, n * sizeof(T), std::align_val_t(alignof(T)));
    }
    // Twice the room, as std::vector grows, or what is asked for if more.
    void grow(size_type least)
    {
        if (least > kMost)
            throw std::length_error("CompactVector: more than 2^32 - 1 elements");
        reallocate(std::min(kMost, std::max(least, 2 * size_type(m_capacity))));
    }
    void reallocate(size_type n)
    {
        if (n > kMost)
            throw std::length_error("CompactVector: more than 2^32 - 1 elements");
        T *room = allocate(n);
        std::uninitialized_move(m_data, m_data + m_size, room);
        std::destroy(m_data, m_data + m_size);
        deallocate(m_data, m_capacity);
        m_data = room;
        m_capacity = std::uint32_t(n);
    }

    T *m_data = nullptr;
    std::uint32_t m_size = 0;
    std::uint32_t m_capacity = 0;
};

} // namespace scalescope
