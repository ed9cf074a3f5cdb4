import { ChatClient } from "@chat-app/client";
import type { MessageJson } from "@chat-app/client";

export interface Account {
  id: number;
  token: string;
}

export async function registerAccount(baseUrl: string, name: string): Promise<Account> {
  const response = await fetch(`${baseUrl}/api/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: name, email: `${name}@example.test`, password: "reliable password" }),
  });
  const body = (await response.json()) as { user: { id: number }; token: string };
  if (response.status !== 201) throw new Error(`register ${name}: ${response.status} ${JSON.stringify(body)}`);
  return { id: body.user.id, token: body.token };
}

export function connectClient(baseUrl: string, account: Account): ChatClient {
  return new ChatClient({
    baseUrl,
    token: account.token,
    userId: account.id,
    ackTimeoutMs: 2000,
    retryIntervalMs: 500,
    socketOptions: { transports: ["websocket"], reconnectionDelay: 100, reconnectionDelayMax: 500, randomizationFactor: 0 },
  });
}

export interface SideReport {
  sent: string[];
  /** Every message the client handed to the app, in the order it did. */
  delivered: MessageJson[];
}

/**
 * Two people send `perSide` messages each to the other at a steady pace while `disrupt` does its
 * worst; resolves when both outboxes are empty and both sides hold every message.
 */
export async function exchange(
  a: ChatClient,
  b: ChatClient,
  perSide: number,
  intervalMs: number,
  disrupt: (progress: () => number) => Promise<void>,
  timeoutMs = 90_000,
): Promise<{ a: SideReport; b: SideReport }> {
  const reports = { a: { sent: [] as string[], delivered: [] as MessageJson[] }, b: { sent: [] as string[], delivered: [] as MessageJson[] } };
  a.on("message", (message) => reports.a.delivered.push(message));
  b.on("message", (message) => reports.b.delivered.push(message));
  await Promise.all([a.loadLatest(b.userId), b.loadLatest(a.userId)]);

  const sendAll = async (from: ChatClient, to: ChatClient, report: SideReport, label: string) => {
    for (let i = 0; i < perSide; i += 1) {
      report.sent.push(from.send(to.userId, `${label} ${i}`).client_id);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  };
  const sending = Promise.all([sendAll(a, b, reports.a, "from a"), sendAll(b, a, reports.b, "from b")]);
  await disrupt(() => reports.a.sent.length + reports.b.sent.length);
  await sending;

  const total = perSide * 2;
  const deadline = Date.now() + timeoutMs;
  while (
    a.outbox.all().length > 0 ||
    b.outbox.all().length > 0 ||
    a.messagesWith(b.userId).length < total ||
    b.messagesWith(a.userId).length < total
  ) {
    if (Date.now() > deadline) {
      throw new Error(
        `not settled: outbox a=${a.outbox.all().length} b=${b.outbox.all().length}, held a=${a.messagesWith(b.userId).length} b=${b.messagesWith(a.userId).length}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return reports;
}
