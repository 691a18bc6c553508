// Preloaded into `next start` / `next dev` (NODE_OPTIONS=--import, see serve-next.ts): writes the
// TCP peer's address into the x-halte-peer-address request header, replacing any copy the
// client sent. Next gives a route handler no socket, and its own X-Forwarded-For keeps whatever
// the client put there, so without this the per-client sign-in limit could be dodged by
// inventing a new address for every attempt (lib/auth/client-address.ts reads the header).
import http from "node:http";

const HEADER = "x-halte-peer-address";
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function emitWithPeerAddress(event, request, ...rest) {
  if (event === "request" && request && request.headers) {
    const address = request.socket && request.socket.remoteAddress;
    if (address) request.headers[HEADER] = address;
    else delete request.headers[HEADER];
  }
  return emit.call(this, event, request, ...rest);
};
