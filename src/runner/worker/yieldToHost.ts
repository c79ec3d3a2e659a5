/**
 * The macrotask hop the simulator needs between virtual-time steps, for the browser: a
 * MessageChannel message is a task like `setTimeout(0)` but without the 4 ms clamp browsers
 * apply to nested timers. Resolvers are queued in order; one channel serves the whole worker.
 */
export function createMessageChannelYield(): () => Promise<void> {
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}
