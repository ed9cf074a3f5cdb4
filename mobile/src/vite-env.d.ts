/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The chat server the native apps talk to (e.g. https://chat.example.org). */
  readonly VITE_SERVER_URL?: string;
}
