import { serverUrl } from "./config";
import { LAUNCH_QUERY } from "./launch";

export const SERVER_URL = serverUrl(LAUNCH_QUERY, window.location.origin, import.meta.env.VITE_SERVER_URL);
