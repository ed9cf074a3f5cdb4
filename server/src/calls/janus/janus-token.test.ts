import { signJanusToken } from "./janus-token";
import { roomSecret, roomToken } from "./room-secrets";

describe("signJanusToken", () => {
  // The signatures were computed apart from this code (Python's hmac); tests/socket/calls-sfu checks them against Janus itself.
  it("signs <expiry>,janus,<plugins> with HMAC-SHA1 in base64, as Janus's token_auth_secret expects", () => {
    expect(signJanusToken("janus-token-secret", 1767225600)).toBe("1767225600,janus,janus.plugin.videoroom:+I0VSmvlZAcuPIrkOwnkbRKJhsg=");
    expect(signJanusToken("janus-token-secret", 1767225600.9, ["janus.plugin.videoroom", "janus.plugin.echotest"])).toBe(
      "1767225600,janus,janus.plugin.videoroom,janus.plugin.echotest:QqKV2G2ApJJ5mvui0eC/6raj6qg=",
    );
  });
});

describe("room secrets and tokens", () => {
  const secret = "janus-token-secret";

  it("are stable for the same call, person and connection, so every process derives the same", () => {
    expect(roomSecret(secret, 7)).toBe(roomSecret(secret, 7));
    expect(roomToken(secret, 7, 3, "conn-a")).toBe(roomToken(secret, 7, 3, "conn-a"));
  });

  it("differ with the call, the person, the connection and the secret", () => {
    const tokens = [
      roomToken(secret, 7, 3, "conn-a"),
      roomToken(secret, 8, 3, "conn-a"),
      roomToken(secret, 7, 4, "conn-a"),
      roomToken(secret, 7, 3, "conn-b"),
      roomToken("another-secret-entirely", 7, 3, "conn-a"),
      roomSecret(secret, 7),
      roomSecret(secret, 8),
    ];
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
