export {
  type BullmqQueueOptions,
  type BullmqRole,
  createBullmqQueue,
} from './bullmq.queue';
export { createInlineQueue, type InlineQueueOptions } from './inline.queue';
export {
  JobCancelledError,
  type JobContext,
  type JobEvent,
  type JobOptions,
  type JobProcessor,
  type JobQueue,
  JobQueueClosedError,
  type JobSnapshot,
  type JobState,
  JobWaitTimeoutError,
  type RegisterOptions,
  UnrecoverableJobError,
} from './queue.port';
export { isRedisReachable, type RedisSuiteGate, redisSuiteGate } from './redis-probe';
export { withPayload } from './with-payload';
