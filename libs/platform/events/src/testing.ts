// Test helpers, a separate entry point so that service code never pulls them in.
export { createManualClock, type ManualClock } from './testing/manual-clock';
export { createRecordingLogger, type LogEntry, type RecordingLogger } from './testing/recording-logger';
