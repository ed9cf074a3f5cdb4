import { generateKeyPairSync } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEFAULT_FCM_API_URL, parseFcm } from "./fcm-config";

const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
const account = {
  type: "service_account",
  project_id: "chat-prod",
  private_key_id: "k1",
  private_key: rsa,
  client_email: "push@chat-prod.iam.gserviceaccount.com",
  token_uri: "https://oauth2.googleapis.com/token",
};
const expected = { projectId: "chat-prod", clientEmail: account.client_email, privateKey: rsa, tokenUri: account.token_uri };

describe("FCM_SERVICE_ACCOUNT", () => {
  it("unset: no native push (Web Push only); FCM_API_URL alone is a mistake", () => {
    expect(parseFcm(undefined, undefined)).toBeNull();
    expect(() => parseFcm(undefined, "http://127.0.0.1:9")).toThrow("FCM_API_URL: set FCM_SERVICE_ACCOUNT too");
  });

  it("the JSON itself, or the path of its file; FCM_API_URL overrides the API's origin", () => {
    expect(parseFcm(JSON.stringify(account), undefined)).toEqual({ account: expected, apiUrl: DEFAULT_FCM_API_URL });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "chat-fcm-")), "service-account.json");
    fs.writeFileSync(file, JSON.stringify(account));
    expect(parseFcm(file, "http://127.0.0.1:9099/")).toEqual({ account: expected, apiUrl: "http://127.0.0.1:9099" });
  });

  it.each([
    ["/nowhere/sa.json", "FCM_SERVICE_ACCOUNT: cannot read /nowhere/sa.json (ENOENT)"],
    ["{not json", "FCM_SERVICE_ACCOUNT: not JSON"],
    [JSON.stringify({ ...account, project_id: undefined }), 'FCM_SERVICE_ACCOUNT: "project_id" is missing'],
    [JSON.stringify({ ...account, client_email: "" }), 'FCM_SERVICE_ACCOUNT: "client_email" is missing'],
    [
      JSON.stringify({ ...account, private_key: "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----" }),
      '"private_key" is not a PEM RSA private key',
    ],
    [JSON.stringify({ ...account, token_uri: "file:///etc/passwd" }), '"token_uri" must be an https:// URL'],
  ])("refuses %s", (value, message) => {
    expect(() => parseFcm(value, undefined)).toThrow(message);
  });

  it("an FCM_API_URL that is not an origin", () => {
    expect(() => parseFcm(JSON.stringify(account), "https://fcm.googleapis.com/v1/projects")).toThrow("FCM_API_URL");
    expect(() => parseFcm(JSON.stringify(account), "ftp://fcm")).toThrow("FCM_API_URL");
  });
});
