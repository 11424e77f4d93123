import { errorMessage } from './job-rules';
import { type JobProcessor, UnrecoverableJobError } from './queue.port';

/**
 * Parses the unknown payload before the processor sees it; a payload that does not parse
 * fails the job at once (retrying would not make it valid).
 */
export function withPayload<P, R>(
  parse: (payload: unknown) => P,
  processor: JobProcessor<P, R>,
): JobProcessor<unknown, R> {
  return async (ctx) => {
    let payload: P;
    try {
      payload = parse(ctx.payload);
    } catch (error) {
      throw new UnrecoverableJobError(`invalid payload for ${ctx.name}: ${errorMessage(error)}`);
    }
    return processor({ ...ctx, payload });
  };
}
