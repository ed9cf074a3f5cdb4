import { io as connectSocket } from "socket.io-client";
import { TestServer, type TestUser } from "../helpers/test-server";

// The mobile app's pages: capacitor://localhost on iOS, http://localhost on Android (androidScheme "http").
const ORIGINS = ["capacitor://localhost", "http://localhost"];

let server: TestServer;
let alice: TestUser;

beforeAll(async () => {
  server = await TestServer.start({ CORS_ORIGINS: ORIGINS.join(",") });
  alice = await server.register("alice");
});
afterAll(() => server.close());
afterEach(() => expect(server.serverErrors).toEqual([]));

describe.each(ORIGINS)("the mobile app's origin %s", (origin) => {
  it("passes the preflight of an authorized request", async () => {
    const response = await server.request("OPTIONS", "/api/conversations", {
      headers: { origin, "access-control-request-method": "GET", "access-control-request-headers": "authorization" },
      undocumented: true,
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(origin);
    expect(response.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization");
  });

  it("may read the answer of a real request", async () => {
    const response = await server.request("GET", "/api/conversations", { token: alice.token, headers: { origin } });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe(origin);
  });

  it("may open the socket (the polling handshake's CORS and a WebSocket sent from that origin)", async () => {
    const polling = await server.request("GET", "/socket.io/?EIO=4&transport=polling", { headers: { origin }, undocumented: true });
    expect(polling.status).toBe(200);
    expect(polling.headers.get("access-control-allow-origin")).toBe(origin);

    const socket = connectSocket(server.url, {
      auth: { token: alice.token },
      transports: ["websocket"],
      extraHeaders: { origin },
      reconnection: false,
      forceNew: true,
    });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once("connect", () => resolve());
        socket.once("connect_error", (error) => reject(error));
      });
      expect(socket.connected).toBe(true);
    } finally {
      socket.disconnect();
    }
  });
});

it("still sends no CORS headers to an origin not listed", async () => {
  const response = await server.request("GET", "/api/health", { headers: { origin: "capacitor://evil" } });
  expect(response.headers.get("access-control-allow-origin")).toBeNull();
});
