import { ChatClient } from "../ChatClient";
import { callJson, fakeEnvironment } from "./call-fakes";

describe("ChatClient calls wiring", () => {
  let client: ChatClient;
  const asked: string[] = [];
  beforeEach(() => {
    asked.length = 0;
    const fetch = (url: unknown) => {
      asked.push(String(url));
      return Promise.resolve(new Response(JSON.stringify({ calls: [], ice_servers: [], ttl_s: 60 }), { status: 200 }));
    };
    client = new ChatClient({
      baseUrl: "http://test",
      token: "t",
      userId: 1,
      socketOptions: { autoConnect: false },
      fetch,
      callEnvironment: fakeEnvironment(),
    });
  });
  afterEach(() => client.close());

  it("announces a change of the calls part as the client's `calls` event (what the views watch)", () => {
    let heard = 0;
    client.on("calls", () => (heard += 1));
    const version = client.version;
    client.calls.ringing(callJson({ id: 5 }));
    expect(heard).toBe(1);
    expect(client.version).toBeGreaterThan(version);
  });

  it("reads the ICE servers and the active calls over REST", async () => {
    await client.api.iceServers();
    await client.api.activeCalls();
    expect(asked).toEqual(["http://test/api/calls/ice-servers", "http://test/api/calls/active"]);
  });
});
