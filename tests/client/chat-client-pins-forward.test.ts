/**
 * The app's ChatClient with pins and forwards against a real server, over the socket: an admin's
 * pin and unpin reach another member's pins and messages live (`message:pinned`), a member the
 * group does not let pin is refused with the server's status, and a forward reaches its target live
 * labelled with `forwarded_from`.
 */
import { ApiError, type ChatClient, type GroupJson, groupKey, type MessageJson, userKey } from "@chat-app/client";
import { TestServer, type TestUser } from "../helpers/test-server";
import { connected, TestClients, until } from "./test-clients";

let server: TestServer;
const testClients = new TestClients(() => server);
const connect = testClients.connect;

beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  testClients.closeAll();
  await server.close();
});
afterEach(() => expect(server.serverErrors).toEqual([]));

async function createGroupRest(owner: TestUser, name: string, members: TestUser[]): Promise<GroupJson> {
  const response = await server.request("POST", "/api/groups", { token: owner.token, body: { name, member_ids: members.map((m) => m.id) } });
  if (response.status !== 201) throw new Error(`create group: ${response.status}`);
  return response.body.group;
}

async function sendGroupRest(from: TestUser, groupId: number, text: string): Promise<MessageJson> {
  const response = await server.request("POST", "/api/messages/send", { token: from.token, body: { group_id: groupId, message_content: text } });
  if (response.status !== 201 && response.status !== 200) throw new Error(`send: ${response.status}`);
  return response.body.message;
}

const pinnedIds = (client: ChatClient, key: Parameters<ChatClient["pinsWith"]>[0]) => client.pinsWith(key).map((pin) => pin.message.id);

it("shows an admin's pin and unpin live to another member, and refuses a member the group does not let pin", async () => {
  const [alice, bob, carol] = await Promise.all([server.register("alice"), server.register("bob"), server.register("carol")]);
  const group = await createGroupRest(alice, "Pins", [bob, carol]);
  const first = await sendGroupRest(carol, group.id, "first");
  const second = await sendGroupRest(carol, group.id, "second");
  const key = groupKey(group.id);
  const [aliceClient, bobClient] = [connect(alice), connect(bob)];
  await Promise.all([connected(aliceClient), connected(bobClient)]);
  await Promise.all([aliceClient.loadLatest(key), bobClient.loadLatest(key)]);
  await Promise.all([aliceClient.loadPins(key), bobClient.loadPins(key)]);
  expect(pinnedIds(bobClient, key)).toEqual([]);

  await aliceClient.pin(first.id);
  await aliceClient.pin(second.id);
  await until("Bob sees both pins, newest first", () => pinnedIds(bobClient, key).join() === [second.id, first.id].join());
  expect(bobClient.messagesWith(key).find((m) => m.id === first.id)!.pinned).toBe(true);

  const refused = await bobClient.unpin(first.id).catch((error: unknown) => error);
  expect(refused).toBeInstanceOf(ApiError);
  expect((refused as ApiError).status).toBe(403);

  await aliceClient.unpin(first.id);
  await until("Bob sees the unpin", () => pinnedIds(bobClient, key).join() === String(second.id));
  expect(bobClient.messagesWith(key).find((m) => m.id === first.id)!.pinned).toBe(false);
  expect(pinnedIds(aliceClient, key)).toEqual([second.id]);
});

it("forwards a group message to a person, who gets it live with forwarded_from", async () => {
  const [alice, bob, carol] = await Promise.all([server.register("alice"), server.register("bob"), server.register("carol")]);
  const group = await createGroupRest(alice, "Forwards", [bob]);
  const original = await sendGroupRest(alice, group.id, "worth sharing");
  const [bobClient, carolClient] = [connect(bob), connect(carol)];
  await Promise.all([connected(bobClient), connected(carolClient)]);
  const arrived: MessageJson[] = [];
  carolClient.on("message", (message) => arrived.push(message));

  const copy = await bobClient.forward(original.id, userKey(carol.id));
  expect(copy).toMatchObject({ sender_id: bob.id, receiver_id: carol.id, message_content: "worth sharing", forwarded_from: { sender_id: alice.id } });
  expect(bobClient.messagesWith(userKey(carol.id)).map((m) => m.id)).toEqual([copy.id]);
  await until("Carol gets the forward live", () => arrived.some((m) => m.id === copy.id));
  expect(arrived.find((m) => m.id === copy.id)!.forwarded_from).toMatchObject({ sender_id: alice.id });
});
