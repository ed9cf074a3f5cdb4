export { CallTile, type CallTileProps } from './CallTile';
