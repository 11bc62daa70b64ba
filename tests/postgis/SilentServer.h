#pragma once

namespace planmap::test {

// A TCP port on 127.0.0.1 that accepts connections (the kernel completes the handshake) but never
// answers: what a hung or firewalled-after-accept database server looks like to libpq, which then
// waits for connect_timeout. closedPort() is the other case: nothing listens, refused at once.
class SilentServer {
 public:
  SilentServer();
  ~SilentServer();
  SilentServer(const SilentServer&) = delete;
  SilentServer& operator=(const SilentServer&) = delete;

  bool isListening() const { return fd_ >= 0; }
  int port() const { return port_; }

  // A port nothing listens on (bound once to learn a free number, then released).
  static int closedPort();

 private:
  int fd_ = -1;
  int port_ = 0;
};

}  // namespace planmap::test
