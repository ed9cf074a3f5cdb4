// Theme
export * from './theme';
// Atoms
export * from './atoms/Avatar';
export * from './atoms/Badge';
export * from './atoms/Button';
export * from './atoms/Divider';
export * from './atoms/IconButton';
export * from './atoms/PresenceDot';
export * from './atoms/Spinner';
export * from './atoms/TextField';
export * from './atoms/Timestamp';
