export { VoiceRecorder, type VoiceRecorderProps, type VoiceMedia, type VoiceRecorderError } from './VoiceRecorder';
