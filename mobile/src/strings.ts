/**
 * The app's English wording (app/src/locales/en.json). The web app's i18n (Lingui, catalogs fetched per
 * language, its useLanguage and settings) is not a package yet, so this slice of the mobile app is English.
 */
export const strings = {
  appName: "Chat",
  loginTitle: "Log in",
  loginSubtitle: "Welcome back.",
  registerTitle: "Create your account",
  registerSubtitle: "Pick a username others can find you by.",
  logIn: "Log in",
  toRegister: "Create an account",
  register: "Register",
  toLogin: "I already have an account",
  tooMany: "Too many attempts. Try again later.",
  unreachable: "Can't reach the server. Check your connection and try again.",
  expired: "Your session expired, please log in again",
  chats: "Chats",
  logOut: "Log out",
  searchPeople: "Search people",
  people: "People",
  noConversations: "No conversations yet",
  markRead: "Mark as read",
  you: "You",
  youPrefix: "You: ",
  messageDeleted: "Message deleted",
  back: "Back",
  message: "Message",
  send: "Send",
} as const;
