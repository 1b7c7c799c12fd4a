/** One SOP: `steps` steps over `actors` actors, decisions every 6th step looping back 2 steps. */
export function generateSop(index: number, options?: { steps?: number; actors?: number; legal?: number }): string;
