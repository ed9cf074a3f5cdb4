import { serverUrl } from "./config";

export const SERVER_URL = serverUrl(window.location.search, window.location.origin, import.meta.env.VITE_SERVER_URL);
