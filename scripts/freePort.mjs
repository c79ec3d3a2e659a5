// Prints a TCP port free on 127.0.0.1 right now, for the browser tests' preview server: other
// work on the same machine may hold the default 4173 (Playwright refuses to share it under CI).
import { createServer } from 'node:net';

const server = createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  server.close(() => console.log(port));
});
