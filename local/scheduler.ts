import { randomUUID } from 'node:crypto';
import { SCHEDULES, type ScheduleDeclaration } from '../resources/desk-resources.ts';
import { type HandlerLoader, lambdaContext } from './lambda-invoke.ts';

export interface SchedulerOptions {
  readonly loadHandler: HandlerLoader;
  readonly schedules?: readonly ScheduleDeclaration[];
  /** Overrides every schedule's interval (demos); undefined keeps the declared rate. */
  readonly intervalSeconds?: number;
  readonly onRun?: (schedule: ScheduleDeclaration, result: unknown) => void;
  readonly onError?: (schedule: ScheduleDeclaration, error: unknown) => void;
}

export interface Scheduler {
  stop(): Promise<void>;
}

/** The input EventBridge Scheduler sends (see the stack: `scheduledAt` = <aws.scheduler.scheduled-time>). */
export function scheduledEvent(at: Date) {
  return { scheduledAt: at.toISOString() };
}

/** Invokes each scheduled handler on its rate, never overlapping a run still in progress. */
export function startScheduler(options: SchedulerOptions): Scheduler {
  const timers: NodeJS.Timeout[] = [];
  const inFlight = new Set<Promise<void>>();
  for (const schedule of options.schedules ?? SCHEDULES) {
    let busy = false;
    const run = async () => {
      if (busy) return;
      busy = true;
      try {
        const { handler, declaration } = await options.loadHandler(schedule.function);
        const result = await handler(
          scheduledEvent(new Date()),
          lambdaContext(schedule.function, declaration, randomUUID()),
        );
        options.onRun?.(schedule, result);
      } catch (error) {
        options.onError?.(schedule, error);
      } finally {
        busy = false;
      }
    };
    const intervalMs = (options.intervalSeconds ?? schedule.everyMinutes * 60) * 1000;
    timers.push(
      setInterval(() => {
        const running = run();
        inFlight.add(running);
        void running.finally(() => inFlight.delete(running));
      }, intervalMs),
    );
  }
  return {
    stop: async () => {
      for (const timer of timers) clearInterval(timer);
      await Promise.all(inFlight);
    },
  };
}
