import { TestServer } from "../helpers/test-server";

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());

describe("Socket.IO's HTTP long-polling endpoint", () => {
  it("is answered by Socket.IO alone: a stray or forged polling request gets an error, the server stays up", async () => {
    for (const method of ["GET", "POST"]) {
      const response = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling&sid=not-a-session`, {
        method,
        body: method === "POST" ? "40" : undefined,
      });
      expect(response.status).toBe(400);
      await response.text();
    }
    expect((await server.request("GET", "/api/health")).status).toBe(200);
    expect(server.serverErrors).toEqual([]);
  });

  it("opens a polling session for clients that cannot use websockets", async () => {
    const response = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/^0\{"sid":/);
  });
});
