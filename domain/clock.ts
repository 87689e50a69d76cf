/** Time is injected: domain code takes `now` from a Clock, never from Date.now(). */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
