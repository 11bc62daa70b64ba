#include "SilentServer.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace planmap::test {
namespace {

int bindLoopback(int* port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return -1;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof(addr);
  if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    ::close(fd);
    return -1;
  }
  *port = ntohs(addr.sin_port);
  return fd;
}

}  // namespace

SilentServer::SilentServer() {
  fd_ = bindLoopback(&port_);
  // A backlog, never accept(): connects succeed, nothing is ever read or written.
  if (fd_ >= 0 && ::listen(fd_, 16) != 0) {
    ::close(fd_);
    fd_ = -1;
  }
}

SilentServer::~SilentServer() {
  if (fd_ >= 0) ::close(fd_);
}

int SilentServer::closedPort() {
  int port = 0;
  const int fd = bindLoopback(&port);
  if (fd < 0) return 1;  // port 1: not listened on by anything here either
  ::close(fd);
  return port;
}

}  // namespace planmap::test
