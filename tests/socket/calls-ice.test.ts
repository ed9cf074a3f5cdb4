import { createHmac } from "node:crypto";
import { TestServer } from "../helpers/test-server";

describe("GET /api/calls/ice-servers", () => {
  it("without TURN configured: no servers (host candidates only)", async () => {
    const server = await TestServer.start();
    try {
      const user = await server.register("ice");
      const response = await server.request("GET", "/api/calls/ice-servers", { token: user.token });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ ice_servers: [], ttl_s: 3600, ice_transport_policy: "all" });
      expect((await server.request("GET", "/api/calls/ice-servers")).status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it("with TURN_URLS and TURN_SECRET: coturn use-auth-secret credentials that verify with the secret", async () => {
    const secret = "turn-shared-secret-for-tests";
    const server = await TestServer.start({
      TURN_URLS: "turn:turn.example.test:3478?transport=udp, turns:turn.example.test:5349",
      TURN_SECRET: secret,
      TURN_TTL_S: "600",
      STUN_URLS: "stun:stun.example.test:3478",
      CALL_ICE_TRANSPORT_POLICY: "relay",
    });
    try {
      const user = await server.register("ice");
      const before = Math.floor(Date.now() / 1000);
      const response = await server.request("GET", "/api/calls/ice-servers", { token: user.token });
      expect(response.body.ttl_s).toBe(600);
      expect(response.body.ice_transport_policy).toBe("relay");
      const [stun, turn] = response.body.ice_servers;
      expect(stun).toEqual({ urls: ["stun:stun.example.test:3478"] });
      expect(turn.urls).toEqual(["turn:turn.example.test:3478?transport=udp", "turns:turn.example.test:5349"]);
      const [expiry, userId] = (turn.username as string).split(":").map(Number);
      expect(userId).toBe(user.id);
      expect(expiry).toBeGreaterThanOrEqual(before + 600);
      expect(turn.credential).toBe(createHmac("sha1", secret).update(turn.username).digest("base64"));
    } finally {
      await server.close();
    }
  });

  it("refuses a half or bad TURN configuration at start", async () => {
    await expect(TestServer.start({ TURN_URLS: "turn:turn.example.test" })).rejects.toThrow(/TURN_URLS and TURN_SECRET/);
    await expect(TestServer.start({ TURN_URLS: "http://x", TURN_SECRET: "0123456789abcdef" })).rejects.toThrow(/TURN_URLS/);
    await expect(TestServer.start({ CALL_ICE_TRANSPORT_POLICY: "relay" })).rejects.toThrow(/needs TURN_URLS and TURN_SECRET/);
    await expect(TestServer.start({ CALL_ICE_TRANSPORT_POLICY: "none" })).rejects.toThrow(/CALL_ICE_TRANSPORT_POLICY/);
  });
});
