// The floor for this stack: a bare Socket.IO relay with the chat server's socket options, the same
// events and the same message JSON, but no authentication and no database. Run as its own process.
import { createServer } from 'node:http';
import { requireServer } from './lib/util.mjs';

const { Server } = requireServer('socket.io');

const httpServer = createServer();
const io = new Server(httpServer, { maxHttpBufferSize: 64 * 1024, serveClient: false });
let seq = 0;

io.use((socket, next) => {
  // Trusts the client's claimed id: the relay measures transport cost only.
  socket.data.userId = Number(socket.handshake.auth?.uid);
  next();
});

io.on('connection', (socket) => {
  const userId = socket.data.userId;
  void socket.join(`user:${userId}`);
  socket.on('message:send', (payload, ack) => {
    const message = {
      id: ++seq,
      sender_id: userId,
      receiver_id: payload.receiver_id,
      message_content: payload.message_content,
      timestamp: new Date().toISOString(),
      client_id: payload.client_id ?? '00000000-0000-4000-8000-000000000000',
      edited_at: null,
      deleted_at: null,
    };
    // As the chat server: both people's sockets except the sending one, which has the ack.
    io.to([`user:${payload.receiver_id}`, `user:${userId}`])
      .except(socket.id)
      .emit('message:new', message);
    if (typeof ack === 'function') ack({ message });
  });
});

httpServer.listen(0, '127.0.0.1', () => {
  console.log(`Relay listening on http://127.0.0.1:${httpServer.address().port}`);
});
process.once('SIGTERM', () => {
  io.close();
  httpServer.closeAllConnections();
  process.exit(0);
});
