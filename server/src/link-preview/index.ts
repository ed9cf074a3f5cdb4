export { isPublicAddress, isIpLiteral } from "./address-policy";
export { type AllowList, hostKey, NO_ALLOWED_HOSTS, parseAllowHosts } from "./allow-list";
export { checkUrl, type Target } from "./url-policy";
export { FETCH_LIMITS, guardedGet, USER_AGENT } from "./guarded-fetch";
export { fetchPreview, type FetchedPreview } from "./fetch-preview";
export { pickUrl } from "./pick-url";
export { PreviewRefused } from "./refusal";
