export { PresenceDot, type PresenceDotProps, type PresenceStatus } from './PresenceDot';
