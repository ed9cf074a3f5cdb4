/** What the native push hook reports as its `problem`, for the Settings screen to show. */
export const pushStrings = {
  notOnServer: "This server does not send notifications to the app.",
  denied: "Notifications are turned off for this app in the phone's settings.",
  registrationFailed: "The phone could not register for notifications.",
  serverRefused: "The server did not take this phone's notification token.",
  unreachable: "The server could not be reached; try again.",
  unavailable: "Notifications are available in the Android and iOS apps.",
};
