#pragma once
// Secret bytes in libsodium-guarded memory: guard pages around it, locked out of swap, readable
// only while a SecureBuffer::Reader is alive, and wiped when freed. Non-copyable.
#include <cstddef>
#include <string>

namespace sb::crypto {

class SecureBuffer {
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);  // zero-filled, write-protected
    ~SecureBuffer();
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;
    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;

    static SecureBuffer random(std::size_t size);
    static SecureBuffer copy_of(const void* data, std::size_t size);

    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    // Frees and wipes the bytes now; the buffer becomes empty.
    void wipe();

    // Opens the memory for reading while alive.
    class Reader {
    public:
        explicit Reader(const SecureBuffer& buffer);
        ~Reader();
        Reader(const Reader&) = delete;
        Reader& operator=(const Reader&) = delete;
        const unsigned char* data() const;
        std::size_t size() const;

    private:
        const SecureBuffer& buffer_;
    };

    // Opens the memory for writing while alive.
    class Writer {
    public:
        explicit Writer(SecureBuffer& buffer);
        ~Writer();
        Writer(const Writer&) = delete;
        Writer& operator=(const Writer&) = delete;
        unsigned char* data() const;
        std::size_t size() const;

    private:
        SecureBuffer& buffer_;
    };

private:
    void* memory_ = nullptr;
    std::size_t size_ = 0;
    mutable int readers_ = 0;
};

// A UTF-8 secret a person typed (passphrase or recovery key), held in guarded memory.
SecureBuffer secret_from_string(std::string& text);  // wipes `text` after copying it

}  // namespace sb::crypto
