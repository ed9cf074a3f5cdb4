export { JoinCallBanner, type JoinCallBannerProps } from './JoinCallBanner';
