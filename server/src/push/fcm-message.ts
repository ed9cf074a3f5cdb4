import type { NativePushTarget, PushNotification } from "./push-sender";

/** The HTTP v1 `Message` (firebase.google.com/docs/reference/fcm/rest/v1/projects.messages) of one notification. */
export function fcmMessage(target: NativePushTarget, notification: PushNotification, nowMs: number): Record<string, unknown> {
  const { payload, ttlSeconds, urgency, topic } = notification;
  const conversation =
    "group_id" in payload.conversation ? { group_id: String(payload.conversation.group_id) } : { user_id: String(payload.conversation.user_id) };
  return {
    token: target.token,
    notification: { title: payload.title, body: payload.body },
    // FCM's data values must be strings; the app opens `url` when the notification is tapped.
    data: { url: payload.url, tag: payload.tag, message_id: String(payload.message_id), ...conversation },
    android: {
      collapse_key: topic,
      ttl: `${ttlSeconds}s`,
      priority: urgency,
      // One notification per conversation in the shade, as the web app's `tag` does.
      notification: { tag: payload.tag },
    },
    apns: {
      headers: {
        "apns-collapse-id": topic,
        "apns-expiration": String(Math.floor(nowMs / 1000) + ttlSeconds),
        "apns-priority": urgency === "high" ? "10" : "5",
      },
      payload: { aps: { "thread-id": payload.tag } },
    },
  };
}
