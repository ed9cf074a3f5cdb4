import type net from "node:net";

/**
 * Pipes two sockets into each other and tracks them in `open`; when either side closes or fails,
 * both are destroyed and forgotten, and `onClose` runs once.
 */
export function splice(client: net.Socket, upstream: net.Socket, open: Set<net.Socket>, onClose: () => void = () => undefined): void {
  open.add(client).add(upstream);
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    client.destroy();
    upstream.destroy();
    open.delete(client);
    open.delete(upstream);
    onClose();
  };
  client.on("error", close).on("close", close);
  upstream.on("error", close).on("close", close);
  client.pipe(upstream);
  upstream.pipe(client);
}
