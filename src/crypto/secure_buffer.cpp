#include "crypto/secure_buffer.h"

#include <sodium.h>

#include <cstring>
#include <utility>

#include "core/errors.h"
#include "crypto/sodium_init.h"

namespace sb::crypto {

SecureBuffer::SecureBuffer(std::size_t size) {
    ensure_sodium();
    if (size == 0) {
        return;  // nothing secret to hold; sodium_malloc(0) would still cost guard pages
    }
    memory_ = sodium_malloc(size);
    if (memory_ == nullptr) {
        throw InternalError("Not enough memory for a secure buffer");
    }
    size_ = size;
    // sodium_malloc fills with 0xdb to expose uninitialised reads; callers expect zeroes.
    sodium_memzero(memory_, size_);
    sodium_mprotect_noaccess(memory_);
}

SecureBuffer::~SecureBuffer() {
    wipe();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : memory_(std::exchange(other.memory_, nullptr)),
      size_(std::exchange(other.size_, 0)),
      readers_(std::exchange(other.readers_, 0)) {}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept {
    if (this != &other) {
        wipe();
        memory_ = std::exchange(other.memory_, nullptr);
        size_ = std::exchange(other.size_, 0);
        readers_ = std::exchange(other.readers_, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::random(std::size_t size) {
    SecureBuffer buffer(size);
    if (size > 0) {
        Writer writer(buffer);
        randombytes_buf(writer.data(), writer.size());
    }
    return buffer;
}

SecureBuffer SecureBuffer::copy_of(const void* data, std::size_t size) {
    SecureBuffer buffer(size);
    if (size > 0) {
        Writer writer(buffer);
        std::memcpy(writer.data(), data, size);
    }
    return buffer;
}

void SecureBuffer::wipe() {
    if (memory_ != nullptr) {
        // sodium_free lifts the protection, zeroes the bytes and checks the canary itself.
        sodium_free(memory_);
    }
    memory_ = nullptr;
    size_ = 0;
    readers_ = 0;
}

SecureBuffer::Reader::Reader(const SecureBuffer& buffer) : buffer_(buffer) {
    if (buffer_.memory_ != nullptr && buffer_.readers_++ == 0) {
        sodium_mprotect_readonly(buffer_.memory_);
    }
}

SecureBuffer::Reader::~Reader() {
    // Only the last reader closes the memory again, so nested readers stay valid.
    if (buffer_.memory_ != nullptr && --buffer_.readers_ == 0) {
        sodium_mprotect_noaccess(buffer_.memory_);
    }
}

const unsigned char* SecureBuffer::Reader::data() const {
    return static_cast<const unsigned char*>(buffer_.memory_);
}

std::size_t SecureBuffer::Reader::size() const {
    return buffer_.size_;
}

SecureBuffer::Writer::Writer(SecureBuffer& buffer) : buffer_(buffer) {
    if (buffer_.memory_ != nullptr) {
        sodium_mprotect_readwrite(buffer_.memory_);
    }
}

SecureBuffer::Writer::~Writer() {
    if (buffer_.memory_ == nullptr) {
        return;
    }
    // A reader opened before this writer must still be able to read when the writer closes.
    if (buffer_.readers_ > 0) {
        sodium_mprotect_readonly(buffer_.memory_);
    } else {
        sodium_mprotect_noaccess(buffer_.memory_);
    }
}

unsigned char* SecureBuffer::Writer::data() const {
    return static_cast<unsigned char*>(buffer_.memory_);
}

std::size_t SecureBuffer::Writer::size() const {
    return buffer_.size_;
}

SecureBuffer secret_from_string(std::string& text) {
    SecureBuffer secret = SecureBuffer::copy_of(text.data(), text.size());
    // Zero the characters before clear(): clear() only moves the length, the bytes would stay.
    sodium_memzero(text.data(), text.size());
    text.clear();
    return secret;
}

}  // namespace sb::crypto
